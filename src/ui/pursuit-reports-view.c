/* pursuit-reports-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-reports-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-report-card.h"
#include "pursuit-report-pdf-private.h"
#include "pursuit-reports-view-private.h"

/* Store changes come in bursts (a sync, an import): one recompute each. */
#define RELOAD_DELAY_MS 300

/* The headline figures, in the order of the tiles. */
static const struct {
  const char *key;
  const char *caption;
} figures[] = {
  { "applications", N_("Applications") },
  { "response_rate", N_("Response rate") },
  { "median_response_days", N_("Median time to first response") },
  { "active", N_("Active applications") },
  { "due_this_week", N_("Due this week") },
};

struct _PursuitReportsView
{
  AdwBin               parent_instance;

  PursuitStore        *store;
  GTimeZone           *time_zone;
  PursuitReport       *report;
  PursuitReportRange   range;
  gint64               custom_from;
  gint64               custom_to;

  GCancellable        *cancellable;
  GCancellable        *export_cancellable;
  guint                reload_source;
  gboolean             stale;
  gboolean             loading;
  gboolean             syncing_range;

  GtkStack            *main_stack;
  AdwStatusPage       *error_page;
  GtkSpinner          *loading_spinner;
  GtkLabel            *range_label;
  GtkSpinner          *spinner;
  GtkMenuButton       *custom_button;
  GtkPopover          *custom_popover;
  GtkCalendar         *from_calendar;
  GtkCalendar         *to_calendar;
  GtkDropDown         *range_dropdown;
  GtkFlowBox          *figures_box;
  GtkBox              *sections_box;

  GtkLabel            *figure_labels[G_N_ELEMENTS (figures)];
};

G_DEFINE_FINAL_TYPE (PursuitReportsView, pursuit_reports_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_RANGE,
  PROP_REPORT,
  PROP_LOADING,
  N_PROPS
};

enum {
  SHOW_JOBS,
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

void
_pursuit_reports_view_add_toast (PursuitReportsView *self,
                                 AdwToast           *toast)
{
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

static void
set_loading (PursuitReportsView *self,
             gboolean            loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading && self->report != NULL);
  gtk_spinner_set_spinning (self->loading_spinner, loading && self->report == NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

/* ---- Figures ---------------------------------------------------------- */

static void
build_figures (PursuitReportsView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *value = gtk_label_new ("–");
      GtkWidget *caption = gtk_label_new (_(figures[i].caption));
      g_autofree char *name = g_strconcat ("figure-", figures[i].key, NULL);

      gtk_widget_add_css_class (tile, "card");
      gtk_widget_add_css_class (tile, "report-figure");

      gtk_widget_set_name (value, name);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_widget_add_css_class (value, "report-figure-value");
      gtk_widget_add_css_class (value, "numeric");
      gtk_box_append (GTK_BOX (tile), value);

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_lines (GTK_LABEL (caption), 2);
      /* Wrapped, so five tiles fit in a row on a laptop. */
      gtk_label_set_max_width_chars (GTK_LABEL (caption), 14);
      gtk_label_set_width_chars (GTK_LABEL (caption), 6);
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_add_css_class (caption, "caption");
      gtk_box_append (GTK_BOX (tile), caption);

      gtk_flow_box_append (self->figures_box, tile);
      /* Figures to read, not to act on: Tab skips them. */
      gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);
      self->figure_labels[i] = GTK_LABEL (value);
    }
}

static void
update_figures (PursuitReportsView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      /* As the PDF and `pursuit-cli report` write them. */
      g_autofree char *text = _pursuit_report_format_figure (self->report, figures[i].key);
      g_autofree char *description = g_strdup_printf ("%s: %s", _(figures[i].caption), text);

      gtk_label_set_text (self->figure_labels[i], text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->figure_labels[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
    }
}

/* ---- Sections --------------------------------------------------------- */

static void
on_card_show_jobs_cb (PursuitReportsView *self,
                      guint               row,
                      PursuitReportCard  *card)
{
  PursuitReportSection *section = pursuit_report_card_get_section (card);
  const gint64 *ids;
  guint n_ids = 0;
  g_autofree char *row_label = NULL;
  g_autofree char *label = NULL;
  GVariant *variant;

  if (section == NULL || row >= pursuit_report_section_get_n_rows (section))
    return;

  ids = pursuit_report_section_get_row_job_ids (section, row, &n_ids);
  if (n_ids == 0)
    return;

  row_label = g_utf8_make_valid (pursuit_report_section_get_row_label (section, row), -1);
  /* Translators: names the jobs shown on the board: a report's section, then
   * its row, such as "Funnel: Applied". */
  label = g_strdup_printf (_("%s: %s"), pursuit_report_section_get_title (section), row_label);
  variant = g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids, n_ids, sizeof (gint64)));
  g_signal_emit (self, signals [SHOW_JOBS], 0, label, variant);
  g_variant_unref (variant);
}

static PursuitReportCard *
find_card (PursuitReportsView *self,
           const char         *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_name (child), id) == 0)
        return PURSUIT_REPORT_CARD (child);
    }

  return NULL;
}

/* Cards are updated in place, so the scroll position, the focus and the
 * chart/table choice survive a recompute. */
static void
update_sections (PursuitReportsView *self)
{
  GPtrArray *sections = pursuit_report_get_sections (self->report);
  GtkWidget *previous = NULL;
  GtkWidget *child;

  for (guint i = 0; i < sections->len; i++)
    {
      PursuitReportSection *section = g_ptr_array_index (sections, i);
      PursuitReportCard *card = find_card (self, pursuit_report_section_get_id (section));

      if (card == NULL)
        {
          card = PURSUIT_REPORT_CARD (pursuit_report_card_new (section));
          g_signal_connect_object (card, "show-jobs", G_CALLBACK (on_card_show_jobs_cb),
                                   self, G_CONNECT_SWAPPED);
          gtk_box_insert_child_after (self->sections_box, GTK_WIDGET (card), previous);
        }
      else
        {
          pursuit_report_card_set_section (card, section);
          gtk_box_reorder_child_after (self->sections_box, GTK_WIDGET (card), previous);
        }

      previous = GTK_WIDGET (card);
    }

  /* Sections a new report no longer has. */
  child = previous != NULL ? gtk_widget_get_next_sibling (previous)
                           : gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (self->sections_box, child);
      child = next;
    }
}

static void
show_report (PursuitReportsView *self,
             PursuitReport      *report)
{
  g_autofree char *range = NULL;

  g_set_object (&self->report, report);

  range = pursuit_report_describe_range (report);
  gtk_label_set_text (self->range_label, range);
  update_figures (self);
  update_sections (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-pdf", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-csv", TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "report");
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORT]);
}

/* ---- Computing -------------------------------------------------------- */

static void
compute_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitReportsView) self = user_data;
  g_autoptr(PursuitReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = pursuit_report_compute_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_loading (self, FALSE);

  if (report == NULL)
    {
      g_warning ("Could not compute the report: %s", error->message);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  show_report (self, report);
}

static void
resolve_range (PursuitReportsView *self,
               gint64              now,
               gint64             *from,
               gint64             *to)
{
  *from = self->custom_from;
  *to = self->custom_to;
  pursuit_report_range_resolve (self->range, now, self->time_zone, from, to);
}

/**
 * pursuit_reports_view_reload:
 * @self: the Reports page
 *
 * Computes the report of the current range now, dropping a computation
 * under way.
 */
void
pursuit_reports_view_reload (PursuitReportsView *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 from, to;

  g_return_if_fail (PURSUIT_IS_REPORTS_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->stale = FALSE;

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  resolve_range (self, now, &from, &to);
  set_loading (self, TRUE);
  if (self->report == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "loading");

  pursuit_report_compute_async (self->store, from, to, now, self->cancellable,
                                compute_cb, g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  PursuitReportsView *self = user_data;

  self->reload_source = 0;
  pursuit_reports_view_reload (self);

  return G_SOURCE_REMOVE;
}

/* Hidden, the page only notes that it is out of date: computing a report
 * nobody sees would cost every board move. */
static void
on_store_changed_cb (PursuitReportsView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

static void
pursuit_reports_view_map (GtkWidget *widget)
{
  PursuitReportsView *self = PURSUIT_REPORTS_VIEW (widget);

  GTK_WIDGET_CLASS (pursuit_reports_view_parent_class)->map (widget);

  if (self->stale || (self->report == NULL && !self->loading))
    pursuit_reports_view_reload (self);
}

/* ---- Range ------------------------------------------------------------ */

static void
sync_dropdown (PursuitReportsView *self)
{
  self->syncing_range = TRUE;
  gtk_drop_down_set_selected (self->range_dropdown, self->range);
  self->syncing_range = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->custom_button), self->range == PURSUIT_REPORT_RANGE_CUSTOM);
}

static void
on_range_dropdown_selected_cb (PursuitReportsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->range_dropdown);

  if (self->syncing_range || selected > PURSUIT_REPORT_RANGE_CUSTOM)
    return;

  if (selected != PURSUIT_REPORT_RANGE_CUSTOM)
    {
      pursuit_reports_view_set_range (self, selected);
      return;
    }

  /* Custom starts from the range shown, then asks for the dates. */
  if (self->custom_from == 0 && self->custom_to == 0)
    {
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;

      pursuit_report_range_resolve (self->range == PURSUIT_REPORT_RANGE_ALL ? PURSUIT_REPORT_RANGE_LAST_90_DAYS
                                                                            : self->range,
                                    now, self->time_zone, &self->custom_from, &self->custom_to);
    }
  pursuit_reports_view_set_custom_range (self, self->custom_from, self->custom_to);
  gtk_menu_button_popup (self->custom_button);
}

static GDateTime *
local_date (PursuitReportsView *self,
            gint64              unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return utc != NULL ? g_date_time_to_timezone (utc, self->time_zone) : NULL;
}

static void
on_custom_popover_show_cb (PursuitReportsView *self)
{
  g_autoptr(GDateTime) from = local_date (self, self->custom_from);
  /* The range ends at the midnight after its last day. */
  g_autoptr(GDateTime) to = local_date (self, self->custom_to - 1);

  if (from != NULL)
    gtk_calendar_select_day (self->from_calendar, from);
  if (to != NULL)
    gtk_calendar_select_day (self->to_calendar, to);
}

static gint64
calendar_midnight (PursuitReportsView *self,
                   GtkCalendar        *calendar,
                   int                 add_days)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autoptr(GDateTime) midnight = g_date_time_new (self->time_zone,
                                                   g_date_time_get_year (date),
                                                   g_date_time_get_month (date),
                                                   g_date_time_get_day_of_month (date),
                                                   0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (midnight, add_days);

  return g_date_time_to_unix (day);
}

static void
apply_custom_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitReportsView *self = PURSUIT_REPORTS_VIEW (widget);
  gint64 from = calendar_midnight (self, self->from_calendar, 0);
  gint64 to = calendar_midnight (self, self->to_calendar, 1);

  /* Dates picked the wrong way round still mean the days between them. */
  if (to <= from)
    {
      from = calendar_midnight (self, self->to_calendar, 0);
      to = calendar_midnight (self, self->from_calendar, 1);
    }

  gtk_popover_popdown (self->custom_popover);
  pursuit_reports_view_set_custom_range (self, from, to);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pursuit_reports_view_reload (PURSUIT_REPORTS_VIEW (widget));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _pursuit_reports_view_choose_export_file (PURSUIT_REPORTS_VIEW (widget), TRUE);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _pursuit_reports_view_choose_export_file (PURSUIT_REPORTS_VIEW (widget), FALSE);
}

/* ---- GObject ---------------------------------------------------------- */

static void
pursuit_reports_view_dispose (GObject *object)
{
  PursuitReportsView *self = (PursuitReportsView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);

  /* The stack is both the bin's child and a template child: the bin
   * lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_REPORTS_VIEW);

  g_clear_object (&self->report);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_reports_view_parent_class)->dispose (object);
}

static void
pursuit_reports_view_finalize (GObject *object)
{
  PursuitReportsView *self = (PursuitReportsView *)object;

  g_clear_object (&self->export_cancellable);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_reports_view_parent_class)->finalize (object);
}

static void
pursuit_reports_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PursuitReportsView *self = PURSUIT_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_RANGE:
      g_value_set_int (value, self->range);
      break;
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_reports_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PursuitReportsView *self = PURSUIT_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_value_get_object (value) != NULL)
        pursuit_reports_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_RANGE:
      pursuit_reports_view_set_range (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_reports_view_class_init (PursuitReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_reports_view_dispose;
  object_class->finalize = pursuit_reports_view_finalize;
  object_class->get_property = pursuit_reports_view_get_property;
  object_class->set_property = pursuit_reports_view_set_property;

  widget_class->map = pursuit_reports_view_map;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_RANGE] =
    g_param_spec_int ("range", NULL, NULL,
                      PURSUIT_REPORT_RANGE_LAST_30_DAYS, PURSUIT_REPORT_RANGE_CUSTOM,
                      PURSUIT_REPORT_RANGE_LAST_90_DAYS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, PURSUIT_TYPE_REPORT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitReportsView::show-jobs:
   * @label: what the jobs are, such as "Funnel: Applied", plain text
   * @ids: the jobs' ids, "ax"
   */
  signals [SHOW_JOBS] =
    g_signal_new ("show-jobs", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_VARIANT);
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-reports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, error_page);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, range_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, custom_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, custom_popover);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, figures_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitReportsView, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, on_range_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "reports.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "reports.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "reports.apply-custom", NULL, apply_custom_action);
  gtk_widget_class_install_action (widget_class, "reports.reload", NULL, reload_action);

  gtk_widget_class_set_css_name (widget_class, "reportsview");
}

static void
pursuit_reports_view_init (PursuitReportsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->time_zone = g_time_zone_new_local ();
  self->range = PURSUIT_REPORT_RANGE_LAST_90_DAYS;
  self->export_cancellable = g_cancellable_new ();

  build_figures (self);
  sync_dropdown (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-csv", FALSE);
}

/**
 * pursuit_reports_view_new:
 * @store: (nullable): the store to report on
 *
 * Returns: (transfer floating): a new Reports page
 */
GtkWidget *
pursuit_reports_view_new (PursuitStore *store)
{
  g_return_val_if_fail (store == NULL || PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_REPORTS_VIEW, "store", store, NULL);
}

/**
 * pursuit_reports_view_set_store:
 * @store: the store to report on; set once
 */
void
pursuit_reports_view_set_store (PursuitReportsView *self,
                                PursuitStore       *store)
{
  static const char * const signal_names[] = {
    "job-added", "job-changed", "job-removed", "stage-changed", "stages-changed",
    "interview-scheduled", "interview-changed", "follow-ups-changed", "mail-changed",
    "schedule-changed", "reloaded",
  };

  g_return_if_fail (PURSUIT_IS_REPORTS_VIEW (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_object (store, signal_names[i], G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    pursuit_reports_view_reload (self);
  else
    self->stale = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

PursuitReportRange
pursuit_reports_view_get_range (PursuitReportsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORTS_VIEW (self), PURSUIT_REPORT_RANGE_ALL);

  return self->range;
}

/**
 * pursuit_reports_view_set_range:
 * @range: the range to report on; CUSTOM keeps the last custom dates
 *
 * Recomputes the report.
 */
void
pursuit_reports_view_set_range (PursuitReportsView *self,
                                PursuitReportRange  range)
{
  g_return_if_fail (PURSUIT_IS_REPORTS_VIEW (self));
  g_return_if_fail (range <= PURSUIT_REPORT_RANGE_CUSTOM);

  if (range == PURSUIT_REPORT_RANGE_CUSTOM && self->custom_from == 0 && self->custom_to == 0)
    self->custom_to = G_MAXINT64;

  if (self->range != range)
    {
      self->range = range;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RANGE]);
    }
  sync_dropdown (self);

  if (self->store != NULL)
    pursuit_reports_view_reload (self);
}

/**
 * pursuit_reports_view_set_custom_range:
 * @from: the first second reported on, Unix time
 * @to: the second after the last, Unix time
 *
 * Switches to the CUSTOM range with those dates and recomputes.
 */
void
pursuit_reports_view_set_custom_range (PursuitReportsView *self,
                                       gint64              from,
                                       gint64              to)
{
  g_return_if_fail (PURSUIT_IS_REPORTS_VIEW (self));
  g_return_if_fail (from <= to);

  self->custom_from = from;
  self->custom_to = to;
  pursuit_reports_view_set_range (self, PURSUIT_REPORT_RANGE_CUSTOM);
}

/**
 * pursuit_reports_view_get_report:
 *
 * Returns: (transfer none) (nullable): the report shown
 */
PursuitReport *
pursuit_reports_view_get_report (PursuitReportsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORTS_VIEW (self), NULL);

  return self->report;
}

gboolean
pursuit_reports_view_get_loading (PursuitReportsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORTS_VIEW (self), FALSE);

  return self->loading;
}

GCancellable *
_pursuit_reports_view_get_export_cancellable (PursuitReportsView *self)
{
  return self->export_cancellable;
}
