/* pursuit-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-accessible.h"
#include "pursuit-settings.h"
#include "pursuit-add-job-dialog.h"
#include "pursuit-calendar-view.h"
#include "pursuit-company-window.h"
#include "pursuit-import-export.h"
#include "pursuit-inbox-view.h"
#include "pursuit-job-page.h"
#include "pursuit-profile-view.h"
#include "pursuit-recommended-view.h"
#include "pursuit-reports-view.h"
#include "pursuit-search-filters.h"
#include "pursuit-window.h"

struct _PursuitWindow
{
  AdwApplicationWindow  parent_instance;

  PursuitStore         *store;
  GSettings            *settings;
  gboolean              sample_data;
  PursuitAiProvider    *ai_provider;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  PursuitSearchFilters *search_filters;
  GtkRevealer          *sample_revealer;
  AdwViewStack         *view_stack;
  PursuitBoardView     *board_view;
  AdwLeaflet           *board_leaflet;
  PursuitCalendarView  *calendar_view;
  AdwViewStackPage     *inbox_page;
  PursuitInboxView     *inbox_view;
  PursuitRecommendedView *recommended_view;
  PursuitProfileView   *profile_view;
  PursuitReportsView   *reports_view;
  GtkButton            *report_filter_button;
  GtkLabel             *report_filter_label;
  PursuitJobPage       *job_page;
};

G_DEFINE_FINAL_TYPE (PursuitWindow, pursuit_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SAMPLE_DATA,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
restore_state (PursuitWindow *self)
{
  g_autofree char *view = NULL;
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (self->settings, "last-view");
  pursuit_window_set_view (self, view);
}

static void
save_size (PursuitWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }

  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
on_view_stack_visible_child_name_cb (PursuitWindow *self,
                                     GParamSpec    *pspec,
                                     AdwViewStack  *stack)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  /* The template shows its first page before the settings exist. */
  if (self->settings != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-view", name);
}

static void
on_search_entry_search_changed_cb (PursuitWindow  *self,
                                   GtkSearchEntry *entry)
{
  pursuit_board_view_set_query (self->board_view, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* The jobs picked in Reports show as a chip beside the search entry, so a
 * board with most jobs missing says why and how to get them back. */
static void
update_report_filter (PursuitWindow    *self,
                      PursuitJobFilter *filter)
{
  gboolean on = pursuit_job_filter_get_job_ids (filter, NULL) != NULL;
  const char *label = pursuit_job_filter_get_label (filter);

  gtk_widget_set_visible (GTK_WIDGET (self->report_filter_button), on);
  gtk_label_set_text (self->report_filter_label, on && label != NULL ? label : _("Jobs from Reports"));
  if (on)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->report_filter_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    gtk_label_get_text (self->report_filter_label), -1);
}

static void
on_search_filters_changed_cb (PursuitWindow        *self,
                              PursuitJobFilter     *filter,
                              PursuitSearchFilters *filters)
{
  pursuit_board_view_set_filter (self->board_view, filter);
  update_report_filter (self, filter);
}

/* Drops the report's jobs, keeping the other criteria. */
static void
on_report_filter_button_clicked_cb (PursuitWindow *self)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_copy (pursuit_search_filters_get_filter (self->search_filters));

  pursuit_job_filter_set_job_ids (filter, NULL, 0, NULL);
  pursuit_search_filters_set_filter (self->search_filters, filter);
}

/* A bar or a table row in Reports: the board with only those jobs. Other
 * criteria and the query would hide some of them, so they go. */
static void
on_reports_view_show_jobs_cb (PursuitWindow      *self,
                              const char         *label,
                              GVariant           *ids,
                              PursuitReportsView *view)
{
  static const gint64 none[1] = { 0 };
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  gsize n_ids = 0;
  const gint64 *id_array = g_variant_get_fixed_array (ids, &n_ids, sizeof (gint64));

  /* No ids is an empty board, not every job. */
  pursuit_job_filter_set_job_ids (filter, n_ids > 0 ? id_array : none, (guint)n_ids, label);

  pursuit_window_set_view (self, "board");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pursuit_board_view_set_query (self->board_view, NULL);
  pursuit_search_filters_set_filter (self->search_filters, filter);
}

static void
on_search_bar_search_mode_cb (PursuitWindow *self,
                              GParamSpec    *pspec,
                              GtkSearchBar  *search_bar)
{
  if (gtk_search_bar_get_search_mode (search_bar))
    {
      /* Only the board can be searched for now. */
      adw_view_stack_set_visible_child_name (self->view_stack, "board");
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      pursuit_board_view_set_query (self->board_view, NULL);
      /* Filters hidden with the bar would hide jobs with no sign why. */
      pursuit_search_filters_clear (self->search_filters);
    }
}

/* The shortcuts window is made when asked for and destroyed when closed:
 * GtkApplication's automatic help overlay keeps a hidden, unrealized
 * toplevel that GTK 4.8 hands to accessibility clients without an object
 * path, which crashes the app when a screen reader lists its windows. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/pursuit/Pursuit/ui/pursuit-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pursuit_window_set_view (PURSUIT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
add_job_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);

  pursuit_add_job_dialog_present_for (GTK_WINDOW (self), self->store, NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pursuit_import_export_choose_import (PURSUIT_WINDOW (widget));
}

/* The Profile page, then its file chooser. */
static void
import_cv_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);

  pursuit_window_set_view (self, "profile");
  pursuit_profile_view_choose_file (self->profile_view);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pursuit_import_export_choose_export (PURSUIT_WINDOW (widget));
}

/* Benchmark hook, for tests/bench/run-window-bench.py only: with
 * PURSUIT_BENCH_FIRST_FRAME set, the end of the window's first frame prints
 * the monotonic time and the peak RSS (the same line as the baseline,
 * tests/bench/empty-window.c) and quits the application. */
static void
bench_on_after_paint_cb (GdkFrameClock *frame_clock,
                         GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();
  g_autofree char *status = NULL;
  const char *vmhwm = NULL;

  g_signal_handlers_disconnect_by_func (frame_clock, bench_on_after_paint_cb, window);

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    vmhwm = strstr (status, "VmHWM:");

  g_print ("first-frame monotonic-us=%" G_GINT64_FORMAT " vmhwm-kb=%ld\n",
           now, vmhwm != NULL ? strtol (vmhwm + strlen ("VmHWM:"), NULL, 10) : -1L);
  fflush (stdout);

  g_application_quit (g_application_get_default ());
}

static void
bench_on_map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_on_after_paint_cb), window);
}

/* The job page sits in a leaflet with the board: beside it on wide
 * windows, over it (with Back) on narrow ones. */
static void
on_job_page_close_requested_cb (PursuitWindow  *self,
                                PursuitJobPage *page)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (page)) != NULL;

  adw_leaflet_set_visible_child (self->board_leaflet, GTK_WIDGET (self->board_view));
  gtk_widget_set_visible (GTK_WIDGET (page), FALSE);

  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->board_view));
}

static void
on_job_page_add_toast_cb (PursuitWindow  *self,
                          AdwToast       *toast,
                          PursuitJobPage *page)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
show_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);

  pursuit_window_set_view (self, "board");
  pursuit_job_page_set_job_id (self->job_page, g_variant_get_int64 (parameter));
  if (pursuit_job_page_get_job_id (self->job_page) == 0)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->job_page), TRUE);
  adw_leaflet_set_visible_child (self->board_leaflet, GTK_WIDGET (self->job_page));
  gtk_widget_grab_focus (GTK_WIDGET (self->job_page));
}

static void
on_company_window_open_job_cb (PursuitWindow *self,
                               gint64         job_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-job", "x", job_id);
  gtk_window_present (GTK_WINDOW (self));
}

/* One company window per company: asking again brings it up. */
static void
show_company_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *company_window;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (PURSUIT_IS_COMPANY_WINDOW (window) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (self) &&
          g_strcmp0 (pursuit_company_window_get_key (PURSUIT_COMPANY_WINDOW (window)), key) == 0)
        {
          gtk_window_present (window);
          return;
        }
    }

  company_window = pursuit_company_window_new (GTK_WINDOW (self), self->store, key, self->ai_provider);
  g_signal_connect_object (company_window, "open-job", G_CALLBACK (on_company_window_open_job_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (company_window));
}

static gboolean
pursuit_window_close_request (GtkWindow *window)
{
  save_size (PURSUIT_WINDOW (window));

  return GTK_WINDOW_CLASS (pursuit_window_parent_class)->close_request (window);
}

/* The Inbox's badge: how many suggestions wait for an answer. */
static void
on_inbox_view_n_pending_cb (PursuitWindow    *self,
                            GParamSpec       *pspec,
                            PursuitInboxView *view)
{
  guint n = pursuit_inbox_view_get_n_pending (view);

  adw_view_stack_page_set_badge_number (self->inbox_page, n);
  adw_view_stack_page_set_needs_attention (self->inbox_page, n > 0);
}

/* The board's toasts (moves, with Undo): the overlay takes a reference. */
static void
on_board_add_toast_cb (PursuitWindow *self,
                       AdwToast      *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
pursuit_window_constructed (GObject *object)
{
  PursuitWindow *self = (PursuitWindow *)object;

  G_OBJECT_CLASS (pursuit_window_parent_class)->constructed (object);

  pursuit_board_view_set_store (self->board_view, self->store);
  pursuit_search_filters_set_store (self->search_filters, self->store);
  g_signal_connect_object (self->board_view, "add-toast",
                           G_CALLBACK (on_board_add_toast_cb), self, G_CONNECT_SWAPPED);
  pursuit_calendar_view_set_store (self->calendar_view, self->store);
  g_signal_connect_object (self->calendar_view, "add-toast",
                           G_CALLBACK (on_board_add_toast_cb), self, G_CONNECT_SWAPPED);
  pursuit_inbox_view_set_store (self->inbox_view, self->store);
  g_signal_connect_object (self->inbox_view, "add-toast",
                           G_CALLBACK (on_board_add_toast_cb), self, G_CONNECT_SWAPPED);
  pursuit_recommended_view_set_store (self->recommended_view, self->store);
  g_signal_connect_object (self->recommended_view, "add-toast",
                           G_CALLBACK (on_board_add_toast_cb), self, G_CONNECT_SWAPPED);
  pursuit_profile_view_set_store (self->profile_view, self->store);
  pursuit_reports_view_set_store (self->reports_view, self->store);
  g_signal_connect_object (self->reports_view, "add-toast",
                           G_CALLBACK (on_board_add_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile_view, "add-toast",
                           G_CALLBACK (on_board_add_toast_cb), self, G_CONNECT_SWAPPED);

  self->job_page = PURSUIT_JOB_PAGE (pursuit_job_page_new (self->store));
  gtk_widget_set_visible (GTK_WIDGET (self->job_page), FALSE);
  adw_leaflet_append (self->board_leaflet, GTK_WIDGET (self->job_page));
  g_object_bind_property (self->board_leaflet, "folded", self->job_page, "folded", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->job_page, "close-requested",
                           G_CALLBACK (on_job_page_close_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->job_page, "add-toast",
                           G_CALLBACK (on_job_page_add_toast_cb), self, G_CONNECT_SWAPPED);

  if (self->sample_data)
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, _("Sample Data"));
      gtk_window_set_title (GTK_WINDOW (self), _("Pursuit (Sample Data)"));
      gtk_revealer_set_reveal_child (self->sample_revealer, TRUE);
    }

  /* The entry sits in a clamp, so the bar does not find it by itself. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  /* A link pasted on the board or dropped on the window opens Add Job. */
  pursuit_add_job_install_capture (GTK_WINDOW (self), GTK_WIDGET (self->board_view), self->store);

  self->settings = pursuit_settings_new_if_installed (NULL);
  restore_state (self);

  /* Benchmark hook: see bench_on_after_paint_cb(). */
  if (g_getenv ("PURSUIT_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "map", G_CALLBACK (bench_on_map_cb), NULL);
}

static void
pursuit_window_dispose (GObject *object)
{
  PursuitWindow *self = (PursuitWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->ai_provider);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_window_parent_class)->dispose (object);
}

static void
pursuit_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SAMPLE_DATA:
      g_value_set_boolean (value, self->sample_data);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SAMPLE_DATA:
      self->sample_data = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_window_class_init (PursuitWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pursuit_window_constructed;
  object_class->dispose = pursuit_window_dispose;
  object_class->get_property = pursuit_window_get_property;
  object_class->set_property = pursuit_window_set_property;

  window_class->close_request = pursuit_window_close_request;

  /**
   * PursuitWindow:store:
   *
   * The store whose jobs the window shows.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitWindow:sample-data:
   *
   * Whether the store is a throw-away store of sample jobs, which the
   * window then tells the user.
   */
  properties [PROP_SAMPLE_DATA] =
    g_param_spec_boolean ("sample-data", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PURSUIT_TYPE_BOARD_VIEW);
  g_type_ensure (PURSUIT_TYPE_SEARCH_FILTERS);
  g_type_ensure (PURSUIT_TYPE_CALENDAR_VIEW);
  g_type_ensure (PURSUIT_TYPE_INBOX_VIEW);
  g_type_ensure (PURSUIT_TYPE_RECOMMENDED_VIEW);
  g_type_ensure (PURSUIT_TYPE_PROFILE_VIEW);
  g_type_ensure (PURSUIT_TYPE_REPORTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, search_filters);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, sample_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, board_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, board_leaflet);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, inbox_page);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, inbox_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, recommended_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, profile_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, reports_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, report_filter_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, report_filter_label);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_bar_search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_inbox_view_n_pending_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reports_view_show_jobs_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_report_filter_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.add-job", NULL, add_job_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import-cv", NULL, import_cv_action);
  gtk_widget_class_install_action (widget_class, "win.show-job", "x", show_job_action);
  gtk_widget_class_install_action (widget_class, "win.show-company", "s", show_company_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-job", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.show-view", "s", "board");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.show-view", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "win.show-view", "s", "reports");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_CONTROL_MASK, "win.show-view", "s", "inbox");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_CONTROL_MASK, "win.show-view", "s", "recommended");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_6, GDK_CONTROL_MASK, "win.show-view", "s", "profile");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
pursuit_window_init (PursuitWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_inner_buttons (GTK_WIDGET (self));
}

/**
 * pursuit_window_new:
 * @application: (nullable): the application
 * @store: the store to show
 * @sample_data: whether @store holds throw-away sample jobs
 *
 * Returns: (transfer full): a new main window
 */
PursuitWindow *
pursuit_window_new (GtkApplication *application,
                    PursuitStore   *store,
                    gboolean        sample_data)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "sample-data", sample_data,
                       NULL);
}

/**
 * pursuit_window_get_store:
 *
 * Returns: (transfer none): the store shown
 */
PursuitStore *
pursuit_window_get_store (PursuitWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_WINDOW (self), NULL);
  return self->store;
}

gboolean
pursuit_window_get_sample_data (PursuitWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_WINDOW (self), FALSE);
  return self->sample_data;
}

/**
 * pursuit_window_get_board_view:
 *
 * Returns: (transfer none): the board
 */
PursuitBoardView *
pursuit_window_get_board_view (PursuitWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_WINDOW (self), NULL);
  return self->board_view;
}

/**
 * pursuit_window_get_view:
 *
 * Returns: (nullable): the name of the page shown: "board",
 *   "recommended", "calendar", "inbox", "reports" or "profile"
 */
const char *
pursuit_window_get_view (PursuitWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * pursuit_window_set_view:
 * @self: a window
 * @view: "board", "recommended", "calendar", "inbox", "reports" or
 *   "profile"
 *
 * Shows a page; unknown names are ignored.
 */
void
pursuit_window_set_view (PursuitWindow *self,
                         const char    *view)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  if (view == NULL || adw_view_stack_get_child_by_name (self->view_stack, view) == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

/**
 * pursuit_window_set_mail_engine:
 * @engine: (nullable): the engine of the window's store
 *
 * Gives the Inbox its Sync Now.
 */
void
pursuit_window_set_mail_engine (PursuitWindow     *self,
                                PursuitMailEngine *engine)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  pursuit_inbox_view_set_mail_engine (self->inbox_view, engine);
}

/**
 * pursuit_window_set_ai_provider:
 * @provider: (nullable): the app's optional AI
 *
 * Lets the job page enrich its Match section with the AI when it is on.
 */
void
pursuit_window_set_ai_provider (PursuitWindow     *self,
                                PursuitAiProvider *provider)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));
  g_return_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider));

  g_set_object (&self->ai_provider, provider);
  pursuit_job_page_set_ai_provider (self->job_page, provider);
}

/**
 * pursuit_window_get_inbox_view:
 *
 * Returns: (transfer none): the Inbox page
 */
PursuitInboxView *
pursuit_window_get_inbox_view (PursuitWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_WINDOW (self), NULL);

  return self->inbox_view;
}

/**
 * pursuit_window_add_toast:
 * @self: a window
 * @toast: (transfer full): the toast to show
 */
void
pursuit_window_add_toast (PursuitWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
