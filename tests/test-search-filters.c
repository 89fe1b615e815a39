/* test-search-filters.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-search-filters.h"
#include "pursuit-store.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  StoreFixture          base;
  GtkWindow            *window;
  PursuitSearchFilters *filters;
  GPtrArray            *emitted;   /* of PursuitJobFilter, one per "changed" */
} Fixture;

static gint64
add_sourced_job (PursuitStore *store,
                 const char   *title,
                 const char   *source)
{
  g_autoptr(PursuitJob) job = make_job (title, "Acme", NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_source (job, source);
  id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);

  return id;
}

static void
tag_job (PursuitStore *store,
         gint64        id,
         const char   *tag)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_tag_jobs (store, &id, 1, tag, &error));
  g_assert_no_error (error);
}

static void
on_changed_cb (PursuitSearchFilters *filters,
               PursuitJobFilter     *filter,
               Fixture              *fixture)
{
  g_assert_true (filter == pursuit_search_filters_get_filter (filters));
  g_ptr_array_add (fixture->emitted, pursuit_job_filter_ref (filter));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 a, b;

  store_fixture_setup (&fixture->base, data);

  a = add_sourced_job (fixture->base.store, "Rust Engineer", "LinkedIn");
  b = add_sourced_job (fixture->base.store, "Go Engineer", "Indeed");
  add_sourced_job (fixture->base.store, "Chef", NULL);
  tag_job (fixture->base.store, a, "rust");
  tag_job (fixture->base.store, a, "dream job");
  tag_job (fixture->base.store, b, "Berlin");

  fixture->emitted = g_ptr_array_new_with_free_func ((GDestroyNotify)pursuit_job_filter_unref);
  fixture->filters = PURSUIT_SEARCH_FILTERS (pursuit_search_filters_new (fixture->base.store));
  g_signal_connect (fixture->filters, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->filters));
  gtk_window_present (fixture->window);
  spin_until_idle ();
}

static GtkWidget *find_widget (GtkWidget *widget,
                               GType      type);

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *button = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON);

  /* A popover still open when its window goes leaves GTK a timeout that
   * asks the gone surface for the pointer. */
  if (button != NULL)
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  spin_until_idle ();

  gtk_window_destroy (fixture->window);
  spin_until_idle ();
  g_clear_pointer (&fixture->emitted, g_ptr_array_unref);
  store_fixture_teardown (&fixture->base, data);
}

/* The first widget of @type below @widget, depth first, popovers included. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkMenuButton *
get_button (Fixture *fixture)
{
  return GTK_MENU_BUTTON (find_widget (GTK_WIDGET (fixture->filters), GTK_TYPE_MENU_BUTTON));
}

static void
open_popover (Fixture *fixture)
{
  gtk_menu_button_popup (get_button (fixture));
  spin_until_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (get_button (fixture)))));
}

static GtkWidget *
get_control (Fixture *fixture,
             GType    type)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (get_button (fixture)));
  GtkWidget *control = find_widget (popover, type);

  g_assert_nonnull (control);
  return control;
}

/* The tag buttons, in order. */
static GPtrArray *
get_tag_buttons (Fixture *fixture)
{
  GtkWidget *box = get_control (fixture, GTK_TYPE_FLOW_BOX);
  GPtrArray *buttons = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (buttons, gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)));

  return buttons;
}

static PursuitJobFilter *
last_emitted (Fixture *fixture)
{
  g_assert_cmpuint (fixture->emitted->len, >, 0);
  return g_ptr_array_index (fixture->emitted, fixture->emitted->len - 1);
}

static void
assert_indicator (Fixture    *fixture,
                  gboolean    active,
                  const char *tooltip_part)
{
  GtkWidget *button = GTK_WIDGET (get_button (fixture));
  const char *tooltip = gtk_widget_get_tooltip_text (button);

  g_assert_cmpint (gtk_widget_has_css_class (button, "accent"), ==, active);
  g_assert_nonnull (tooltip);
  if (tooltip_part != NULL)
    g_assert_nonnull (strstr (tooltip, tooltip_part));
  else
    g_assert_cmpstr (tooltip, ==, "Filter Jobs");
}

static void
test_filters_controls (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkSwitch *remote;
  GtkSpinButton *salary;
  GtkDropDown *source;
  GListModel *sources;
  g_autoptr(GPtrArray) tags = NULL;
  PursuitJobFilter *filter;

  g_assert_true (pursuit_job_filter_is_empty (pursuit_search_filters_get_filter (fixture->filters)));
  assert_indicator (fixture, FALSE, NULL);

  open_popover (fixture);
  remote = GTK_SWITCH (get_control (fixture, GTK_TYPE_SWITCH));
  salary = GTK_SPIN_BUTTON (get_control (fixture, GTK_TYPE_SPIN_BUTTON));
  source = GTK_DROP_DOWN (get_control (fixture, GTK_TYPE_DROP_DOWN));

  /* The store's sources, after "any". */
  sources = gtk_drop_down_get_model (source);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sources), 0), ==, "Any Source");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sources), 1), ==, "Indeed");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sources), 2), ==, "LinkedIn");
  g_assert_cmpuint (gtk_drop_down_get_selected (source), ==, 0);

  /* The store's tags, sorted, none on. */
  tags = get_tag_buttons (fixture);
  g_assert_cmpuint (tags->len, ==, 3);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (tags, 0)), ==, "Berlin");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (tags, 1)), ==, "dream job");
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (tags, 2)), ==, "rust");
  for (guint i = 0; i < tags->len; i++)
    g_assert_false (gtk_toggle_button_get_active (g_ptr_array_index (tags, i)));
  g_assert_cmpuint (fixture->emitted->len, ==, 0);

  /* Each control changes the filter once. */
  gtk_switch_set_active (remote, TRUE);
  g_assert_cmpuint (fixture->emitted->len, ==, 1);
  filter = last_emitted (fixture);
  g_assert_true (pursuit_job_filter_get_remote_only (filter));
  g_assert_cmpint (pursuit_job_filter_get_min_salary (filter), ==, 0);
  assert_indicator (fixture, TRUE, "Remote only");

  gtk_spin_button_set_value (salary, 80000);
  g_assert_cmpuint (fixture->emitted->len, ==, 2);
  filter = last_emitted (fixture);
  g_assert_true (pursuit_job_filter_get_remote_only (filter));
  g_assert_cmpint (pursuit_job_filter_get_min_salary (filter), ==, 80000);
  assert_indicator (fixture, TRUE, "a year");

  gtk_drop_down_set_selected (source, 2);
  g_assert_cmpuint (fixture->emitted->len, ==, 3);
  filter = last_emitted (fixture);
  g_assert_cmpstr (pursuit_job_filter_get_source (filter), ==, "LinkedIn");
  assert_indicator (fixture, TRUE, "From LinkedIn");

  gtk_toggle_button_set_active (g_ptr_array_index (tags, 2), TRUE);
  gtk_toggle_button_set_active (g_ptr_array_index (tags, 1), TRUE);
  g_assert_cmpuint (fixture->emitted->len, ==, 5);
  filter = last_emitted (fixture);
  g_assert_cmpstrv (pursuit_job_filter_get_tags (filter), ((const char * const []) { "dream job", "rust", NULL }));
  assert_indicator (fixture, TRUE, "Tagged dream job, rust");

  /* The filter emitted earlier has not changed since. */
  filter = g_ptr_array_index (fixture->emitted, 0);
  g_assert_cmpint (pursuit_job_filter_get_min_salary (filter), ==, 0);
  g_assert_null (pursuit_job_filter_get_source (filter));

  /* The property follows. */
  {
    g_autoptr(PursuitJobFilter) property = NULL;

    g_object_get (fixture->filters, "filter", &property, NULL);
    g_assert_true (pursuit_job_filter_equal (property, last_emitted (fixture)));
  }

  /* Clear Filters turns everything off, in the controls too, at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->filters), "search-filters.clear", NULL));
  g_assert_cmpuint (fixture->emitted->len, ==, 6);
  g_assert_true (pursuit_job_filter_is_empty (last_emitted (fixture)));
  g_assert_false (gtk_switch_get_active (remote));
  g_assert_cmpfloat (gtk_spin_button_get_value (salary), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (source), ==, 0);
  g_clear_pointer (&tags, g_ptr_array_unref);
  tags = get_tag_buttons (fixture);
  for (guint i = 0; i < tags->len; i++)
    g_assert_false (gtk_toggle_button_get_active (g_ptr_array_index (tags, i)));
  assert_indicator (fixture, FALSE, NULL);

  /* Nothing left to clear. */
  pursuit_search_filters_clear (fixture->filters);
  g_assert_cmpuint (fixture->emitted->len, ==, 6);
}

static void
test_filters_set_filter (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(GPtrArray) tags = NULL;
  g_autofree char *summary = NULL;
  GtkDropDown *source;
  GListModel *sources;

  pursuit_job_filter_set_remote_only (filter, TRUE);
  pursuit_job_filter_set_source (filter, "indeed");
  pursuit_job_filter_set_tags (filter, (const char *[]) { "BERLIN", "gone", NULL });
  pursuit_search_filters_set_filter (fixture->filters, filter);
  g_assert_cmpuint (fixture->emitted->len, ==, 1);
  g_assert_true (pursuit_job_filter_equal (last_emitted (fixture), filter));
  /* A copy: changing ours afterwards changes nothing there. */
  g_assert_true (last_emitted (fixture) != filter);

  /* The same again: nothing. */
  pursuit_search_filters_set_filter (fixture->filters, filter);
  g_assert_cmpuint (fixture->emitted->len, ==, 1);

  open_popover (fixture);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (get_control (fixture, GTK_TYPE_SWITCH))));
  source = GTK_DROP_DOWN (get_control (fixture, GTK_TYPE_DROP_DOWN));
  sources = gtk_drop_down_get_model (source);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sources),
                                               gtk_drop_down_get_selected (source)), ==, "Indeed");

  /* A tag no job has any more is offered, on, so it can be turned off. */
  tags = get_tag_buttons (fixture);
  g_assert_cmpuint (tags->len, ==, 4);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (tags, 0)), ==, "Berlin");
  g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (tags, 0)));
  g_assert_false (gtk_toggle_button_get_active (g_ptr_array_index (tags, 2)));
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (tags, 3)), ==, "gone");
  g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (tags, 3)));
  /* Opening the popover changed nothing. */
  g_assert_cmpuint (fixture->emitted->len, ==, 1);

  gtk_toggle_button_set_active (g_ptr_array_index (tags, 3), FALSE);
  g_assert_cmpuint (fixture->emitted->len, ==, 2);
  g_assert_cmpstrv (pursuit_job_filter_get_tags (last_emitted (fixture)),
                    ((const char * const []) { "Berlin", NULL }));

  summary = pursuit_search_filters_describe (last_emitted (fixture));
  g_assert_cmpstr (summary, ==, "Remote only\nFrom Indeed\nTagged Berlin");

  pursuit_search_filters_set_filter (fixture->filters, NULL);
  g_assert_cmpuint (fixture->emitted->len, ==, 3);
  g_assert_true (pursuit_job_filter_is_empty (last_emitted (fixture)));
}

/* The jobs picked in Reports have no control in the popover: changing
 * another criterion keeps them, and Clear drops them. */
static void
test_filters_job_ids (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autofree char *summary = NULL;
  const gint64 *ids;
  guint n_ids = 0;

  pursuit_job_filter_set_job_ids (filter, (const gint64[]) { 2, 1 }, 2, "Funnel: Applied");
  pursuit_search_filters_set_filter (fixture->filters, filter);
  g_assert_cmpuint (fixture->emitted->len, ==, 1);
  summary = pursuit_search_filters_describe (last_emitted (fixture));
  g_assert_cmpstr (summary, ==, "Only Funnel: Applied");

  open_popover (fixture);
  gtk_switch_set_active (GTK_SWITCH (get_control (fixture, GTK_TYPE_SWITCH)), TRUE);
  g_assert_cmpuint (fixture->emitted->len, ==, 2);
  g_assert_true (pursuit_job_filter_get_remote_only (last_emitted (fixture)));
  ids = pursuit_job_filter_get_job_ids (last_emitted (fixture), &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, 1);
  g_assert_cmpint (ids[1], ==, 2);
  g_assert_cmpstr (pursuit_job_filter_get_label (last_emitted (fixture)), ==, "Funnel: Applied");

  pursuit_search_filters_clear (fixture->filters);
  g_assert_null (pursuit_job_filter_get_job_ids (last_emitted (fixture), NULL));
  g_assert_true (pursuit_job_filter_is_empty (last_emitted (fixture)));
}

static void
test_filters_hostile (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autofree char *summary = NULL;

  /* Not UTF-8: shown with replacement characters, never crashing. */
  pursuit_job_filter_set_source (filter, "In\xff" "deed");
  pursuit_job_filter_set_tags (filter, (const char *[]) { "ru\xc3", NULL });
  pursuit_job_filter_set_min_salary (filter, -5);
  pursuit_search_filters_set_filter (fixture->filters, filter);
  g_assert_cmpuint (fixture->emitted->len, ==, 1);
  open_popover (fixture);
  summary = pursuit_search_filters_describe (filter);
  g_assert_true (g_utf8_validate (summary, -1, NULL));
  assert_indicator (fixture, TRUE, "From In");

  pursuit_search_filters_set_currency (fixture->filters, "  EUR ");
  g_assert_cmpstr (pursuit_search_filters_get_currency (fixture->filters), ==, "EUR");
  pursuit_search_filters_set_currency (fixture->filters, "\xff");
  g_assert_null (pursuit_search_filters_get_currency (fixture->filters));

  /* Without a store there is nothing to offer but "any". */
  pursuit_search_filters_set_store (fixture->filters, NULL);
  pursuit_search_filters_clear (fixture->filters);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (get_control (fixture, GTK_TYPE_DROP_DOWN)))), ==, 1);
}

/* The open popover, with some filters on. */
static void
test_filters_screenshot (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *popover;
  GtkWidget *content;
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();

  pursuit_search_filters_set_currency (fixture->filters, "EUR");
  pursuit_job_filter_set_remote_only (filter, TRUE);
  pursuit_job_filter_set_min_salary (filter, 80000);
  pursuit_job_filter_set_tags (filter, (const char *[]) { "rust", NULL });
  pursuit_search_filters_set_filter (fixture->filters, filter);

  open_popover (fixture);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (get_button (fixture)));
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (10000);
      spin_until_idle ();
    }

  content = gtk_popover_get_child (GTK_POPOVER (popover));
  g_assert_cmpint (gtk_widget_get_width (content), >, 0);
  g_assert_cmpint (gtk_widget_get_height (content), >, 0);

  /* The popover's own surface, background and all. */
  pursuit_test_save_screenshot (popover, "search-filters-popover.png");
}

/* Ctrl+F, the filters in the search bar, and closing the bar. */
static void
test_filters_in_window (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  PursuitSearchFilters *filters;
  PursuitBoardView *board;
  PursuitWindow *window;
  GtkSearchBar *search_bar;
  GtkWidget *entry;

  window = pursuit_window_new (NULL, fixture->base.store, FALSE);
  board = pursuit_window_get_board_view (window);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 3);

  search_bar = GTK_SEARCH_BAR (find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
  filters = PURSUIT_SEARCH_FILTERS (find_widget (GTK_WIDGET (search_bar), PURSUIT_TYPE_SEARCH_FILTERS));
  entry = find_widget (GTK_WIDGET (search_bar), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (filters);
  g_assert_true (pursuit_search_filters_get_store (filters) == fixture->base.store);

  /* Ctrl+F still puts the cursor in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  spin_until_idle ();
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == entry);

  /* The filters narrow the board, on top of the search. */
  pursuit_job_filter_set_source (filter, "linkedin");
  pursuit_search_filters_set_filter (filters, filter);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);
  pursuit_board_view_set_query (board, "engineer");
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);
  pursuit_search_filters_clear (filters);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 2);

  pursuit_job_filter_set_source (filter, NULL);
  pursuit_job_filter_set_tags (filter, (const char *[]) { "Berlin", NULL });
  pursuit_search_filters_set_filter (filters, filter);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);
  for (guint i = 0; i < 10; i++)
    {
      g_usleep (10000);
      spin_until_idle ();
    }
  pursuit_test_save_screenshot (GTK_WIDGET (window), "search-filters-window.png");

  /* Closing the bar drops the search and the filters alike. */
  gtk_search_bar_set_search_mode (search_bar, FALSE);
  spin_until_idle ();
  g_assert_true (pursuit_job_filter_is_empty (pursuit_search_filters_get_filter (filters)));
  g_assert_null (pursuit_board_view_get_query (board));
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/search-filters/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();
  /* What GtkApplication does from the resource base path: our icons. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/pursuit/Pursuit/icons");
  pursuit_test_add_app_style ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/search-filters/controls", test_filters_controls);
  ADD ("/ui/search-filters/set-filter", test_filters_set_filter);
  ADD ("/ui/search-filters/hostile", test_filters_hostile);
  ADD ("/ui/search-filters/job-ids", test_filters_job_ids);
  ADD ("/ui/search-filters/screenshot", test_filters_screenshot);
  ADD ("/ui/search-filters/window", test_filters_in_window);
#undef ADD

  return g_test_run ();
}
