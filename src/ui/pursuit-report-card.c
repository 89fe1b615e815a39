/* pursuit-report-card.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-report-card"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-chart-view.h"
#include "pursuit-report-card.h"

struct _PursuitReportCard
{
  GtkWidget             parent_instance;

  PursuitReportSection *section;
  gboolean              show_table;

  GtkWidget            *box;
  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkToggleButton      *toggle;
  /* One of the three shows. Not a GtkStack: 4.8's asks for more width
   * than its widest page and the page would not fit a phone. */
  const char           *visible;
  PursuitChartView     *chart;
  GtkLabel             *chart_caption;  /* "Top 10 of 35 companies…" */
  GtkWidget            *table_box;
  GtkWidget            *empty_box;
  GtkLabel             *empty_label;
};

G_DEFINE_FINAL_TYPE (PursuitReportCard, pursuit_report_card, GTK_TYPE_WIDGET)

enum {
  SHOW_JOBS,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The heading of the table's first column, by section. */
static const char *
label_column_title (const char *id)
{
  static const struct {
    const char *id;
    const char *title;
  } titles[] = {
    { "funnel", N_("Stage") },
    { "conversion", N_("Step") },
    { "response-times", N_("Days to response") },
    { "weekly", N_("Week of") },
    { "by-source", N_("Source") },
    { "by-company", N_("Company") },
    { "by-score", N_("Match score") },
    { "follow-ups", N_("Follow-up") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      if (g_strcmp0 (id, titles[i].id) == 0)
        return _(titles[i].title);
    }

  return "";
}

static GtkWidget *
cell_label (const char *text,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  /* Company and source names come from postings: never markup. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_text (GTK_LABEL (label), valid);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  /* Without it a wrapping label asks for most of its text's width, and
   * the page would not fit a phone. */
  gtk_label_set_width_chars (GTK_LABEL (label), 6);

  return label;
}

static void
on_show_jobs_clicked_cb (GtkButton         *button,
                         PursuitReportCard *self)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "report-row"));

  g_signal_emit (self, signals [SHOW_JOBS], 0, row);
}

/* A flat icon button of a table row: the tooltip says what it does, the
 * accessible name for which row. */
static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *accessible_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);

  return button;
}

static GtkWidget *
row_buttons (PursuitReportCard *self,
             guint              row)
{
  PursuitReportSection *section = self->section;
  const char *label = pursuit_report_section_get_row_label (section, row);
  g_autofree char *valid = g_utf8_make_valid (label != NULL ? label : "", -1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  guint n_jobs = 0;

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  /* Rows without a button are as tall as those with one. */
  gtk_widget_set_size_request (box, -1, 34);
  pursuit_report_section_get_row_job_ids (section, row, &n_jobs);

  if (g_strcmp0 (pursuit_report_section_get_id (section), "by-company") == 0 &&
      pursuit_report_section_get_row_key (section, row)[0] != '\0')
    {
      /* Translators: %s is a company's name. */
      g_autofree char *name = g_strdup_printf (_("Company Page of %s"), valid);
      GtkWidget *company = icon_button ("x-office-address-book-symbolic", _("Company Page"), name);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (company), "win.show-company");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (company), "s",
                                        pursuit_report_section_get_row_key (section, row));
      gtk_box_append (GTK_BOX (box), company);
    }

  if (n_jobs > 0)
    {
      /* Translators: %s is a row of a report, such as a stage or a source. */
      g_autofree char *name = g_strdup_printf (_("Show %s on the Board"), valid);
      GtkWidget *show = icon_button ("go-next-symbolic", _("Show on Board"), name);

      g_object_set_data (G_OBJECT (show), "report-row", GUINT_TO_POINTER (row));
      g_signal_connect_object (show, "clicked", G_CALLBACK (on_show_jobs_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), show);
    }

  return box;
}

static GtkWidget *
build_table (PursuitReportCard *self)
{
  PursuitReportSection *section = self->section;
  guint n_columns = pursuit_report_section_get_n_columns (section);
  guint n_rows = pursuit_report_section_get_n_rows (section);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *header;
  int line = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_add_css_class (grid, "report-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pursuit_report_section_get_title (section), -1);

  header = cell_label (label_column_title (pursuit_report_section_get_id (section)), 0);
  gtk_widget_set_hexpand (header, TRUE);
  gtk_widget_set_valign (header, GTK_ALIGN_END);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), header, 0, line, 1, 1);
  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *title = cell_label (pursuit_report_section_get_column_title (section, c), 1);

      /* One line when there is room ("Response Rate"), between words
       * when narrow; bottom-aligned so wrapped and single-line headers sit
       * on the same line above the numbers. */
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_RIGHT);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 18);
      gtk_widget_set_valign (title, GTK_ALIGN_END);
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_widget_add_css_class (title, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), title, c + 1, line, 1, 1);
    }
  line++;

  for (guint r = 0; r < n_rows; r++)
    {
      GtkWidget *name = cell_label (pursuit_report_section_get_row_label (section, r), 0);

      gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL),
                       0, line++, n_columns + 2, 1);

      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (name), 8);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_grid_attach (GTK_GRID (grid), name, 0, line, 1, 1);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = pursuit_report_section_format_value (section, r, c);
          GtkWidget *value = cell_label (text, 1);

          gtk_widget_add_css_class (value, "numeric");
          gtk_grid_attach (GTK_GRID (grid), value, c + 1, line, 1, 1);
        }

      gtk_grid_attach (GTK_GRID (grid), row_buttons (self, r), n_columns + 1, line, 1, 1);
      line++;
    }

  return grid;
}

static void
update_toggle (PursuitReportCard *self)
{
  const char *label = self->show_table ? _("Show as Chart") : _("Show as Table");

  /* One icon: the pressed look says the table is on, as GNOME toggles do. */
  gtk_button_set_icon_name (GTK_BUTTON (self->toggle), "view-list-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_visible (PursuitReportCard *self)
{
  gboolean empty = self->section == NULL || pursuit_report_section_is_empty (self->section);

  gtk_widget_set_visible (GTK_WIDGET (self->toggle), !empty);
  /* The empty state says the summary itself. */
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), !empty);

  if (empty)
    self->visible = "empty";
  else
    self->visible = self->show_table ? "table" : "chart";

  gtk_widget_set_visible (GTK_WIDGET (self->chart), g_str_equal (self->visible, "chart"));
  gtk_widget_set_visible (GTK_WIDGET (self->chart_caption),
                          g_str_equal (self->visible, "chart") &&
                          pursuit_report_section_get_chart_caption (self->section) != NULL);
  gtk_widget_set_visible (self->table_box, g_str_equal (self->visible, "table"));
  gtk_widget_set_visible (self->empty_box, g_str_equal (self->visible, "empty"));

  update_toggle (self);
}

static void
rebuild_table (PursuitReportCard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->table_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->table_box), child);

  /* Built when first shown: most cards stay charts. */
  if (self->section != NULL && self->show_table && !pursuit_report_section_is_empty (self->section))
    gtk_box_append (GTK_BOX (self->table_box), build_table (self));
}

static void
on_toggle_toggled_cb (PursuitReportCard *self,
                      GtkToggleButton   *toggle)
{
  pursuit_report_card_set_show_table (self, gtk_toggle_button_get_active (toggle));
}

static void
on_chart_row_activated_cb (PursuitReportCard *self,
                           guint              row)
{
  g_signal_emit (self, signals [SHOW_JOBS], 0, row);
}

static void
pursuit_report_card_dispose (GObject *object)
{
  PursuitReportCard *self = (PursuitReportCard *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (pursuit_report_card_parent_class)->dispose (object);
}

static void
pursuit_report_card_class_init (PursuitReportCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_report_card_dispose;

  /**
   * PursuitReportCard::show-jobs:
   * @row: the row whose jobs to show
   */
  signals [SHOW_JOBS] =
    g_signal_new ("show-jobs", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reportcard");
}

static GtkWidget *
build_empty_state (PursuitReportCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("pursuit-reports-symbolic");

  gtk_widget_add_css_class (box, "report-empty");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 32);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_box_append (GTK_BOX (box), icon);

  self->empty_label = GTK_LABEL (cell_label (NULL, 0.5));
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_label_set_justify (self->empty_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->empty_label));

  return box;
}

static void
pursuit_report_card_init (PursuitReportCard *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_add_css_class (self->box, "report-card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_set_hexpand (titles, TRUE);
  self->title_label = GTK_LABEL (cell_label (NULL, 0));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->title_label));
  self->summary_label = GTK_LABEL (cell_label (NULL, 0));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (header), titles);

  self->toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->toggle), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->toggle), "flat");
  g_signal_connect_object (self->toggle, "toggled", G_CALLBACK (on_toggle_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->toggle));
  gtk_box_append (GTK_BOX (self->box), header);

  self->chart = PURSUIT_CHART_VIEW (pursuit_chart_view_new (NULL));
  g_signal_connect_object (self->chart, "row-activated", G_CALLBACK (on_chart_row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chart));
  self->chart_caption = GTK_LABEL (cell_label (NULL, 0));
  gtk_widget_set_name (GTK_WIDGET (self->chart_caption), "chart-caption");
  gtk_label_set_wrap (self->chart_caption, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->chart_caption), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->chart_caption), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chart_caption));

  self->table_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), self->table_box);
  self->empty_box = build_empty_state (self);
  gtk_box_append (GTK_BOX (self->box), self->empty_box);

  update_visible (self);
}

GtkWidget *
pursuit_report_card_new (PursuitReportSection *section)
{
  PursuitReportCard *self = g_object_new (PURSUIT_TYPE_REPORT_CARD, NULL);

  pursuit_report_card_set_section (self, section);

  return GTK_WIDGET (self);
}

PursuitReportSection *
pursuit_report_card_get_section (PursuitReportCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_CARD (self), NULL);

  return self->section;
}

void
pursuit_report_card_set_section (PursuitReportCard    *self,
                                 PursuitReportSection *section)
{
  const char *summary;

  g_return_if_fail (PURSUIT_IS_REPORT_CARD (self));
  g_return_if_fail (section == NULL || PURSUIT_IS_REPORT_SECTION (section));

  if (!g_set_object (&self->section, section))
    return;

  summary = section != NULL ? pursuit_report_section_get_summary (section) : NULL;
  gtk_label_set_text (self->title_label, section != NULL ? pursuit_report_section_get_title (section) : "");
  gtk_label_set_text (self->summary_label, summary != NULL ? summary : "");
  gtk_label_set_text (self->empty_label, summary != NULL ? summary : "");
  gtk_label_set_text (self->chart_caption,
                      section != NULL && pursuit_report_section_get_chart_caption (section) != NULL
                        ? pursuit_report_section_get_chart_caption (section) : "");
  if (section != NULL)
    gtk_widget_set_name (GTK_WIDGET (self), pursuit_report_section_get_id (section));

  pursuit_chart_view_set_section (self->chart, section);
  rebuild_table (self);
  update_visible (self);
}

gboolean
pursuit_report_card_get_show_table (PursuitReportCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_CARD (self), FALSE);

  return self->show_table;
}

void
pursuit_report_card_set_show_table (PursuitReportCard *self,
                                    gboolean           show_table)
{
  g_return_if_fail (PURSUIT_IS_REPORT_CARD (self));

  show_table = !!show_table;
  if (gtk_toggle_button_get_active (self->toggle) != show_table)
    gtk_toggle_button_set_active (self->toggle, show_table);

  if (self->show_table == show_table)
    return;

  self->show_table = show_table;
  rebuild_table (self);
  update_visible (self);
}

const char *
pursuit_report_card_get_visible (PursuitReportCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_CARD (self), NULL);

  return self->visible;
}

GtkWidget *
pursuit_report_card_get_chart (PursuitReportCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_CARD (self), NULL);

  return GTK_WIDGET (self->chart);
}

/**
 * pursuit_report_card_get_table:
 *
 * Returns: (transfer none) (nullable): the table's grid while the table
 *   is shown
 */
GtkWidget *
pursuit_report_card_get_table (PursuitReportCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_CARD (self), NULL);

  return gtk_widget_get_first_child (self->table_box);
}
