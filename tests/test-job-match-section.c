/* test-job-match-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <libsoup/soup.h>

#include "pursuit-document-editor.h"
#include "pursuit-job-match-section.h"
#include "pursuit-job-page.h"
#include "pursuit-match-gauge.h"
#include "pursuit-practice-window.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-ai.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

/* The job page's Match section on a temporary store: a posting that asks
 * for Python, PostgreSQL (advanced) and Kubernetes, against a CV with
 * Python and PostgreSQL at an intermediate level. */

#define DESCRIPTION \
  "We build payment services for small shops.\n" \
  "\n" \
  "Requirements:\n" \
  "- 5+ years of experience as a backend developer\n" \
  "- Python\n" \
  "- Advanced knowledge of PostgreSQL\n" \
  "- Kubernetes\n" \
  "\n" \
  "Nice to have:\n" \
  "- Terraform\n" \
  "- Experience with Docker\n" \
  "\n" \
  "A bachelor's degree in computer science or a related field.\n"

typedef struct
{
  char                   *dir;
  PursuitStore           *store;
  GtkWindow              *window;
  PursuitJobMatchSection *section;
  gint64                  job_id;
  GPtrArray              *toasts;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-match-section-XXXXXX", &fixture->dir);
  fixture->job_id = add_job_with_description (fixture->store, "Backend Engineer", "Alderbank Systems", "saved",
                                              DESCRIPTION);

  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->section = g_object_new (PURSUIT_TYPE_JOB_MATCH_SECTION, NULL);
  g_signal_connect (fixture->section, "add-toast", G_CALLBACK (pursuit_test_collect_toast), fixture->toasts);
  fixture->window = pursuit_test_present_section (fixture->section, fixture->store, fixture->job_id, 520, 1000);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Dialogs the test opened go too. */
  pursuit_test_destroy_toplevels ();
  pursuit_test_close_view (NULL, fixture->toasts, &fixture->store, &fixture->dir);
}

static gint64
add_cv (PursuitStore      *store,
        PursuitSkillLevel  postgres_level)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();

  pursuit_profile_set_name (profile, "Ada Example");
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", postgres_level);
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_years_of_experience (profile, 6);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_BACHELOR);

  return add_text_cv (store, "Backend CV", "Ada Example\nBackend developer: Python, PostgreSQL, Docker.", profile);
}

static const char *
visible_state (Fixture *fixture)
{
  GtkWidget *stack = pursuit_test_find_type (GTK_WIDGET (fixture->section), GTK_TYPE_STACK);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* The skill table's rows by name, with their kinds. */
static void
collect_skill_rows (GtkWidget  *root,
                    GHashTable *kinds)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = g_object_get_data (G_OBJECT (child), "skill-name");

      if (GTK_IS_LIST_BOX_ROW (child) && name != NULL && gtk_widget_has_css_class (child, "match-skill-row"))
        g_hash_table_insert (kinds, g_strdup (name),
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "skill-kind")) + 1));
      else
        collect_skill_rows (child, kinds);
    }
}

static int
skill_row_kind (GHashTable *kinds,
                const char *name)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (kinds, name)) - 1;
}

static PursuitMatchGauge *
find_gauge (Fixture *fixture)
{
  GtkWidget *gauge = pursuit_test_find_type (GTK_WIDGET (fixture->section), PURSUIT_TYPE_MATCH_GAUGE);

  g_assert_nonnull (gauge);
  return PURSUIT_MATCH_GAUGE (gauge);
}

static void
test_gauge_accessible (void)
{
  PursuitMatchGauge *gauge = g_object_ref_sink (PURSUIT_MATCH_GAUGE (pursuit_match_gauge_new ()));

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (gauge)), ==, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
  g_assert_cmpint (pursuit_match_gauge_get_score (gauge), ==, -1);
  g_assert_cmpstr (pursuit_match_gauge_get_value_text (gauge), ==, "No score");

  pursuit_match_gauge_set_score (gauge, 72);
  g_assert_cmpint (pursuit_match_gauge_get_score (gauge), ==, 72);
  g_assert_cmpstr (pursuit_match_gauge_get_value_text (gauge), ==, "72 of 100");

  pursuit_match_gauge_set_score (gauge, 250);
  g_assert_cmpint (pursuit_match_gauge_get_score (gauge), ==, 100);
  g_assert_cmpstr (pursuit_match_gauge_get_value_text (gauge), ==, "100 of 100");

  pursuit_match_gauge_set_score (gauge, -7);
  g_assert_cmpint (pursuit_match_gauge_get_score (gauge), ==, -1);
  g_assert_cmpstr (pursuit_match_gauge_get_value_text (gauge), ==, "No score");

  g_object_unref (gauge);

  /* The three bands and no score, side by side, for the eye. */
  {
    GtkWindow *window = GTK_WINDOW (gtk_window_new ());
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
    const int scores[] = { 86, 55, 23, -1 };

    for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
      {
        GtkWidget *one = pursuit_match_gauge_new ();

        pursuit_match_gauge_set_score (PURSUIT_MATCH_GAUGE (one), scores[i]);
        gtk_box_append (GTK_BOX (box), one);
      }
    gtk_widget_set_margin_top (box, 12);
    gtk_widget_set_margin_bottom (box, 12);
    gtk_widget_set_margin_start (box, 12);
    gtk_widget_set_margin_end (box, 12);
    gtk_window_set_child (window, box);
    gtk_window_present (window);
    pursuit_test_save_screenshot (GTK_WIDGET (window), "match-gauges.png");
    gtk_window_destroy (window);
  }
}

static void
test_no_cv (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (fixture->section), "Import a CV to see how you match");
  GtkWidget *button;
  GVariant *target;

  g_assert_cmpstr (visible_state (fixture), ==, "no-cv");
  g_assert_null (pursuit_job_match_section_get_result (fixture->section));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));

  button = pursuit_test_find_type (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.show-view");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "profile");

  /* The CV arrives: the section follows profile-changed. */
  add_cv (fixture->store, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  spin_until_idle ();
  g_assert_cmpstr (visible_state (fixture), ==, "match");
  g_assert_nonnull (pursuit_job_match_section_get_result (fixture->section));
}

static void
assert_breakdown (Fixture    *fixture,
                  const char *name,
                  double      fraction,
                  int         weight)
{
  GtkWidget *label = pursuit_test_find_named (GTK_WIDGET (fixture->section), name);
  g_autofree char *expected = g_strdup_printf ("%d of %d", (int) round (fraction * weight), weight);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
}

static void
test_match (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PursuitMatchResult) expected = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *value_text = NULL;
  PursuitMatchResult *shown;
  int score;

  add_cv (fixture->store, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  spin_until_idle ();

  expected = pursuit_store_analyze_job (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  score = pursuit_match_result_get_score (expected);
  g_assert_cmpint (score, >, 0);
  g_assert_cmpint (score, <, 100);

  shown = pursuit_job_match_section_get_result (fixture->section);
  g_assert_nonnull (shown);
  g_assert_cmpint (pursuit_match_result_get_score (shown), ==, score);

  /* The gauge, to the eye and to a screen reader. */
  g_assert_cmpint (pursuit_match_gauge_get_score (find_gauge (fixture)), ==, score);
  value_text = g_strdup_printf ("%d of 100", score);
  g_assert_cmpstr (pursuit_match_gauge_get_value_text (find_gauge (fixture)), ==, value_text);

  /* The breakdown's points. */
  assert_breakdown (fixture, "Required skills", pursuit_match_result_get_required (expected), 50);
  assert_breakdown (fixture, "Preferred skills", pursuit_match_result_get_preferred (expected), 20);
  assert_breakdown (fixture, "Experience", pursuit_match_result_get_experience (expected), 20);
  assert_breakdown (fixture, "Education", pursuit_match_result_get_education (expected), 10);
  /* 6 years against 5+: the experience part is full. */
  assert_breakdown (fixture, "Experience", 1.0, 20);

  /* One row per skill asked for, of the analysis's kind. */
  collect_skill_rows (GTK_WIDGET (fixture->section), kinds);
  g_assert_cmpuint (g_hash_table_size (kinds), ==, pursuit_match_result_get_n_skills (expected));
  for (guint i = 0; i < pursuit_match_result_get_n_skills (expected); i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (expected, i);

      g_assert_cmpint (skill_row_kind (kinds, skill->name), ==, skill->kind);
    }
  g_assert_cmpint (skill_row_kind (kinds, "Python"), ==, PURSUIT_SKILL_MATCH_MATCHING);
  g_assert_cmpint (skill_row_kind (kinds, "PostgreSQL"), ==, PURSUIT_SKILL_MATCH_PARTIAL);
  g_assert_true (g_hash_table_contains (kinds, "Kubernetes"));
  g_assert_cmpint (skill_row_kind (kinds, "Kubernetes"), !=, PURSUIT_SKILL_MATCH_MATCHING);

  /* Learning suggestions: Kubernetes (required) comes before Terraform
   * (preferred). */
  {
    GtkWidget *kubernetes = NULL, *terraform = NULL;
    GtkWidget *learning = pursuit_test_find_named (GTK_WIDGET (fixture->section), "learning-list");
    int position = 0, kubernetes_at = -1, terraform_at = -1;

    g_assert_nonnull (learning);
    for (GtkWidget *row = gtk_widget_get_first_child (learning); row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        const char *name = g_object_get_data (G_OBJECT (row), "skill-name");

        if (g_strcmp0 (name, "Kubernetes") == 0)
          kubernetes = row, kubernetes_at = position;
        else if (g_strcmp0 (name, "Terraform") == 0)
          terraform = row, terraform_at = position;
        position++;
      }
    g_assert_nonnull (kubernetes);
    if (terraform != NULL)
      g_assert_cmpint (kubernetes_at, <, terraform_at);
  }

  /* No AI: nothing to explain with. */
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_named (GTK_WIDGET (fixture->section), "explain")));

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "job-match-section.png");
}

/* The section on the job page, narrow, light and dark. */
static void
test_on_job_page (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  add_cv (fixture->store, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  spin_until_idle ();

  for (guint dark = 0; dark < 2; dark++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      GtkWidget *page = pursuit_job_page_new (fixture->store);
      GtkWidget *section, *scrolled;
      graphene_point_t top;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_window_set_default_size (window, 400, 1000);
      gtk_window_set_child (window, page);
      pursuit_job_page_set_job_id (PURSUIT_JOB_PAGE (page), fixture->job_id);
      gtk_window_present (window);
      spin_until_idle ();
      g_assert_cmpint (gtk_widget_get_width (page), <=, 400);

      section = pursuit_test_find_type (page, PURSUIT_TYPE_JOB_MATCH_SECTION);
      g_assert_nonnull (section);
      g_assert_nonnull (pursuit_job_match_section_get_result (PURSUIT_JOB_MATCH_SECTION (section)));
      scrolled = gtk_widget_get_ancestor (section, GTK_TYPE_SCROLLED_WINDOW);
      g_assert_true (gtk_widget_compute_point (section, scrolled, &GRAPHENE_POINT_INIT (0, 0), &top));
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), top.y - 12);
      spin_until_idle ();
      pursuit_test_save_screenshot (GTK_WIDGET (window), dark ? "job-page-match-dark.png" : "job-page-match.png");
      gtk_window_destroy (window);
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_refresh (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitMatchResult) expected = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  int before;

  add_cv (fixture->store, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  spin_until_idle ();
  before = pursuit_match_gauge_get_score (find_gauge (fixture));
  g_assert_cmpint (before, >, 0);

  /* The user corrects the profile: PostgreSQL at the level asked, and
   * Kubernetes learnt. */
  profile = pursuit_store_get_profile (fixture->store);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "Kubernetes", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_true (pursuit_store_update_profile (fixture->store, profile, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  expected = pursuit_store_analyze_job (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_match_result_get_score (expected), >, before);
  g_assert_cmpint (pursuit_match_gauge_get_score (find_gauge (fixture)), ==, pursuit_match_result_get_score (expected));

  collect_skill_rows (GTK_WIDGET (fixture->section), kinds);
  g_assert_cmpint (skill_row_kind (kinds, "PostgreSQL"), ==, PURSUIT_SKILL_MATCH_MATCHING);
  g_assert_cmpint (skill_row_kind (kinds, "Kubernetes"), ==, PURSUIT_SKILL_MATCH_MATCHING);

  /* The posting no longer asks for Kubernetes. */
  job = pursuit_store_get_job (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  pursuit_job_set_description (job, "Requirements:\n- Python\n- Advanced knowledge of PostgreSQL\n");
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  g_hash_table_remove_all (kinds);
  collect_skill_rows (GTK_WIDGET (fixture->section), kinds);
  g_assert_false (g_hash_table_contains (kinds, "Kubernetes"));
  g_assert_true (g_hash_table_contains (kinds, "Python"));
}

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) questions = pursuit_question_bank_make_set (pursuit_question_bank_get_default (), NULL, 5, 7);
  g_autoptr(PursuitPracticeSession) session = pursuit_practice_session_new (fixture->job_id, questions);
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *history = pursuit_test_find_named (GTK_WIDGET (fixture->section), "history-list");
  GtkWidget *row;
  PursuitPracticeWindow *window;

  g_assert_nonnull (history);
  g_assert_null (pursuit_test_find_type (history, ADW_TYPE_ACTION_ROW));

  pursuit_practice_session_set_created_at (session, g_get_real_time () / G_USEC_PER_SEC);
  pursuit_practice_session_answer (session, 0, "An answer about teamwork: we agreed on a plan, I wrote the code and we shipped on time.", 60);
  pursuit_practice_session_finish (session, NULL, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_true (pursuit_store_save_practice_session (fixture->store, session, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  row = pursuit_test_find_type (history, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  subtitle = g_strdup_printf ("Overall %d of 100 · 5 questions", pursuit_practice_session_get_overall_score (session));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, subtitle);

  /* The row opens the report, read-only. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section), "match.open-session", "x",
                                             pursuit_practice_session_get_id (session)));
  window = pursuit_test_find_toplevel (PURSUIT_TYPE_PRACTICE_WINDOW);
  g_assert_nonnull (window);
  g_assert_cmpstr (pursuit_practice_window_get_page (window), ==, "report");
  g_assert_nonnull (pursuit_test_find_type (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW));
}

static void
test_cover_letter (Fixture       *fixture,
                   gconstpointer  data)
{
  PursuitDocumentEditor *editor;
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *text = NULL;

  add_cv (fixture->store, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  spin_until_idle ();

  /* The cover letter is written in the document editor and kept among
   * the job's documents. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section), "match.cover-letter", NULL));
  editor = pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_EDITOR);
  g_assert_nonnull (editor);

  text = pursuit_document_editor_get_text (editor);
  g_assert_nonnull (strstr (text, "Alderbank Systems"));
  g_assert_nonnull (strstr (text, "Python"));

  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpint (pursuit_document_get_id (g_ptr_array_index (documents, 0)), ==,
                   pursuit_document_editor_get_document_id (editor));
  g_assert_cmpstr (pursuit_document_get_kind (g_ptr_array_index (documents, 0)), ==, "cover_letter");
  g_assert_cmpstr (pursuit_document_get_body (g_ptr_array_index (documents, 0)), ==, text);
}

/* The optional AI: a fake OpenAI-compatible endpoint on loopback. */

#define AI_EXPLANATION "Learn Kubernetes first: <b>it</b> is the one required gap."

static void
run_explain (Fixture  *fixture,
             gboolean  broken)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(PursuitAiProvider) provider = NULL;
  g_auto(GStrv) lines = NULL;
  FakeAi ai = { .broken = broken, .answer = AI_EXPLANATION };
  GtkWidget *expander;
  GtkWidget *label;
  gint64 until;

  provider = pursuit_test_fake_ai_provider (server, &ai);

  add_cv (fixture->store, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  spin_until_idle ();

  expander = pursuit_test_find_named (GTK_WIDGET (fixture->section), "explain");
  g_assert_false (gtk_widget_get_visible (expander));

  pursuit_job_match_section_set_ai_provider (fixture->section, provider);
  spin_until_idle ();
  /* Off by default. */
  g_assert_false (gtk_widget_get_visible (expander));

  pursuit_ai_provider_set_enabled (provider, TRUE);
  spin_until_idle ();
  g_assert_nonnull (pursuit_ai_provider_get_client (provider));
  g_assert_true (gtk_widget_get_visible (expander));

  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  label = pursuit_test_find_named (GTK_WIDGET (fixture->section), "explain-text");
  g_assert_nonnull (label);
  until = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while ((ai.requests == 0 || strstr (gtk_label_get_text (GTK_LABEL (label)), "…") != NULL) &&
         g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ai.requests, >=, 1);

  if (!broken)
    {
      /* Plain text: the AI's words are never markup. */
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                       "Learn Kubernetes first: <b>it</b> is the one required gap.");
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
      pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "job-match-explain.png");
    }
  else
    {
      g_autofree char *local = NULL;

      /* A failure falls back to the local summary, quietly. */
      lines = pursuit_match_result_describe (pursuit_job_match_section_get_result (fixture->section));
      local = g_strjoinv ("\n", lines);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, local);
      g_assert_cmpuint (fixture->toasts->len, ==, 0);
    }

  /* Turned off: the expander goes. */
  pursuit_ai_provider_set_enabled (provider, FALSE);
  spin_until_idle ();
  g_assert_false (gtk_widget_get_visible (expander));
  pursuit_job_match_section_set_ai_provider (fixture->section, NULL);
}

static void
test_explain (Fixture       *fixture,
              gconstpointer  data)
{
  run_explain (fixture, FALSE);
}

static void
test_explain_fallback (Fixture       *fixture,
                       gconstpointer  data)
{
  run_explain (fixture, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/job-match-section/no-display"))
    return g_test_run ();

  g_test_add_func ("/ui/match-gauge/accessible", test_gauge_accessible);
  g_test_add ("/ui/job-match-section/no-cv", Fixture, NULL, fixture_setup, test_no_cv, fixture_teardown);
  g_test_add ("/ui/job-match-section/match", Fixture, NULL, fixture_setup, test_match, fixture_teardown);
  g_test_add ("/ui/job-match-section/on-job-page", Fixture, NULL, fixture_setup, test_on_job_page, fixture_teardown);
  g_test_add ("/ui/job-match-section/refresh", Fixture, NULL, fixture_setup, test_refresh, fixture_teardown);
  g_test_add ("/ui/job-match-section/history", Fixture, NULL, fixture_setup, test_history, fixture_teardown);
  g_test_add ("/ui/job-match-section/cover-letter", Fixture, NULL, fixture_setup, test_cover_letter, fixture_teardown);
  g_test_add ("/ui/job-match-section/explain", Fixture, NULL, fixture_setup, test_explain, fixture_teardown);
  g_test_add ("/ui/job-match-section/explain-fallback", Fixture, NULL, fixture_setup, test_explain_fallback, fixture_teardown);

  return g_test_run ();
}
