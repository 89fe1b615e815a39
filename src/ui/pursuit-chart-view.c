/* pursuit-chart-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pursuit-chart.h"
#include "pursuit-chart-view.h"

/* Below this the labels no longer fit beside the bars. */
#define MIN_WIDTH 240
#define DEFAULT_WIDTH 560
/* Bars over time keep their aspect only up to this: on a wide window a
 * histogram of five buckets would otherwise fill the screen. */
#define MAX_COLUMN_CHART_HEIGHT 240
#define CHART_FONT_SIZE_MIN 10.0
#define CHART_FONT_SIZE_MAX 16.0

struct _PursuitChartView
{
  GtkWidget             parent_instance;

  PursuitReportSection *section;
  char                 *description;
  AdwStyleManager      *style_manager;

  /* The bar drawn in the highlight colour: under the pointer, or the
   * keyboard's when the pointer is elsewhere. */
  int                   highlighted_row;
  int                   hover_row;
  int                   keyboard_row;
};

G_DEFINE_FINAL_TYPE (PursuitChartView, pursuit_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_HIGHLIGHTED_ROW,
  N_PROPS
};

enum {
  ROW_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static guint
n_rows (PursuitChartView *self)
{
  if (self->section == NULL || pursuit_report_section_is_empty (self->section))
    return 0;

  return pursuit_report_section_get_n_chart_rows (self->section);
}

static void
update_highlight (PursuitChartView *self)
{
  int row = self->hover_row >= 0 ? self->hover_row : self->keyboard_row;

  if (row == self->highlighted_row)
    return;

  self->highlighted_row = row;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HIGHLIGHTED_ROW]);
}

static void
update_accessible (PursuitChartView *self)
{
  g_clear_pointer (&self->description, g_free);

  if (self->section == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  self->description = pursuit_chart_describe (self->section);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pursuit_report_section_get_title (self->section),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
rgba_to_array (const GdkRGBA *rgba,
               double         alpha,
               double         out[4])
{
  out[0] = rgba->red;
  out[1] = rgba->green;
  out[2] = rgba->blue;
  out[3] = rgba->alpha * alpha;
}

/* The painter's palette in the theme's colours: the named colours of
 * libadwaita when the style sheet has them, else the painter's own light
 * or dark palette. */
static void
get_palette (PursuitChartView    *self,
             PursuitChartPalette *palette)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (self->style_manager);
  GdkRGBA fg, accent;

  if (dark)
    pursuit_chart_palette_init_dark (palette);
  else
    pursuit_chart_palette_init_light (palette);

  /* The card the chart sits on draws the background. */
  palette->background[3] = 0;

  if (gtk_style_context_lookup_color (context, "card_fg_color", &fg) ||
      gtk_style_context_lookup_color (context, "window_fg_color", &fg))
    {
      rgba_to_array (&fg, 0.9, palette->foreground);
      rgba_to_array (&fg, 0.55, palette->muted);
      rgba_to_array (&fg, 0.1, palette->grid);
    }

  /* accent_bg_color reads best as a filled area on light cards;
   * accent_color is the lighter one meant for dark backgrounds. */
  if (gtk_style_context_lookup_color (context, dark ? "accent_color" : "accent_bg_color", &accent))
    {
      rgba_to_array (&accent, 1.0, palette->bar);
      rgba_to_array (&accent, 1.0, palette->highlight);
      /* Lighter in the dark, darker in the light: a step, not a new hue. */
      for (guint i = 0; i < 3; i++)
        palette->highlight[i] = dark ? palette->bar[i] + (1.0 - palette->bar[i]) * 0.35
                                     : palette->bar[i] * 0.7;
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static char *
get_font_family (PursuitChartView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  const char *family = font != NULL ? pango_font_description_get_family (font) : NULL;

  return g_strdup (family);
}

/* The size of a caption (libadwaita's .caption is 82 % of the text) in
 * pixels: a chart's labels and values read like the captions around it. */
static double
get_font_size (PursuitChartView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double dpi = pango_cairo_context_get_resolution (context);
  double size;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return CHART_FONT_SIZE_MIN;

  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    size *= (dpi > 0 ? dpi : 96.0) / 72.0;

  return CLAMP (size * 0.82, CHART_FONT_SIZE_MIN, CHART_FONT_SIZE_MAX);
}

static void
pursuit_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PursuitChartView *self = PURSUIT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PursuitChartPalette palette;
  g_autofree char *family = NULL;
  cairo_t *cr;

  if (n_rows (self) == 0 || width <= 0 || height <= 0)
    return;

  get_palette (self, &palette);
  family = get_font_family (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pursuit_chart_paint (self->section, cr, width, height, &palette, family, get_font_size (self),
                       self->highlighted_row);

  /* The keyboard's bar gets a ring, as a focused button would. */
  if (self->keyboard_row >= 0 && gtk_widget_has_visible_focus (widget))
    {
      double x, y, w, h;

      if (pursuit_chart_get_row_bounds (self->section, width, height, self->keyboard_row, &x, &y, &w, &h))
        {
          cairo_set_source_rgba (cr, palette.highlight[0], palette.highlight[1], palette.highlight[2], 0.6);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, x - 3, y - 3, w + 6, h + 6);
          cairo_stroke (cr);
        }
    }

  cairo_destroy (cr);
}

static GtkSizeRequestMode
pursuit_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pursuit_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PursuitChartView *self = PURSUIT_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = DEFAULT_WIDTH;
    }
  else
    {
      double width = for_size > 0 ? for_size : DEFAULT_WIDTH;
      double height = 0;

      if (n_rows (self) > 0)
        {
          PursuitReportChart chart = pursuit_report_section_get_chart (self->section);

          height = pursuit_chart_get_natural_height (self->section, width);
          if (chart == PURSUIT_REPORT_CHART_BARS || chart == PURSUIT_REPORT_CHART_HISTOGRAM)
            height = MIN (height, MAX_COLUMN_CHART_HEIGHT);
        }

      *minimum = *natural = (int)ceil (MAX (height, 0));
    }
}

static void
on_style_changed_cb (PursuitChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
hit_test (PursuitChartView *self,
          double            x,
          double            y)
{
  if (n_rows (self) == 0)
    return -1;

  return pursuit_chart_hit_test (self->section,
                                 gtk_widget_get_width (GTK_WIDGET (self)),
                                 gtk_widget_get_height (GTK_WIDGET (self)),
                                 x, y);
}

static void
on_motion_cb (PursuitChartView         *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  int row = hit_test (self, x, y);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), row >= 0 ? "pointer" : NULL);
  self->hover_row = row;
  update_highlight (self);
}

static void
on_leave_cb (PursuitChartView *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  self->hover_row = -1;
  update_highlight (self);
}

static void
on_click_released_cb (PursuitChartView *self,
                      int               n_press,
                      double            x,
                      double            y,
                      GtkGestureClick  *gesture)
{
  int row = hit_test (self, x, y);

  if (row < 0)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->keyboard_row = row;
  update_highlight (self);
  pursuit_chart_view_activate_row (self, row);
}

static void
move_keyboard_row (PursuitChartView *self,
                   int               row)
{
  guint n = n_rows (self);

  if (n == 0)
    return;

  self->keyboard_row = CLAMP (row, 0, (int)n - 1);
  /* The pointer may rest on another bar; the keyboard wins until it moves. */
  self->hover_row = -1;
  update_highlight (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key_pressed_cb (PursuitChartView      *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int current = self->keyboard_row;

  if (n_rows (self) == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_keyboard_row (self, current < 0 ? 0 : current + (rtl ? 1 : -1));
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_keyboard_row (self, current < 0 ? 0 : current + (rtl ? -1 : 1));
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_keyboard_row (self, current < 0 ? 0 : current - 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_keyboard_row (self, current < 0 ? 0 : current + 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_keyboard_row (self, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_keyboard_row (self, (int)n_rows (self) - 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (current >= 0)
        {
          pursuit_chart_view_activate_row (self, current);
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_focus_enter_cb (PursuitChartView *self)
{
  if (self->keyboard_row < 0)
    move_keyboard_row (self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_focus_leave_cb (PursuitChartView *self)
{
  self->keyboard_row = -1;
  update_highlight (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The bar's label, value and number of jobs, since values on small bars
 * can be hard to read. */
static gboolean
on_query_tooltip_cb (PursuitChartView *self,
                     int               x,
                     int               y,
                     gboolean          keyboard_mode,
                     GtkTooltip       *tooltip)
{
  int row = keyboard_mode ? self->keyboard_row : hit_test (self, x, y);
  guint column;
  guint n_jobs = 0;
  g_autofree char *value = NULL;
  g_autofree char *label = NULL;
  g_autofree char *jobs = NULL;
  g_autofree char *text = NULL;

  if (row < 0 || n_rows (self) == 0)
    return FALSE;

  column = pursuit_report_section_get_chart_column (self->section);
  value = pursuit_report_section_format_value (self->section, row, column);
  label = g_utf8_make_valid (pursuit_report_section_get_row_label (self->section, row), -1);
  pursuit_report_section_get_row_job_ids (self->section, row, &n_jobs);
  jobs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job, click to show it",
                                       "%u jobs, click to show them", n_jobs), n_jobs);

  if (n_jobs > 0)
    /* Translators: a chart's tooltip: a bar's label, its value, then "3 jobs, click to show them". */
    text = g_strdup_printf (_("%s: %s\n%s"), label, value, jobs);
  else
    /* Translators: a chart's tooltip: a bar's label and its value. */
    text = g_strdup_printf (_("%s: %s"), label, value);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
pursuit_chart_view_dispose (GObject *object)
{
  PursuitChartView *self = (PursuitChartView *)object;

  g_clear_object (&self->section);

  G_OBJECT_CLASS (pursuit_chart_view_parent_class)->dispose (object);
}

static void
pursuit_chart_view_finalize (GObject *object)
{
  PursuitChartView *self = (PursuitChartView *)object;

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (pursuit_chart_view_parent_class)->finalize (object);
}

static void
pursuit_chart_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitChartView *self = PURSUIT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    case PROP_HIGHLIGHTED_ROW:
      g_value_set_int (value, self->highlighted_row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_chart_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PursuitChartView *self = PURSUIT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      pursuit_chart_view_set_section (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_chart_view_class_init (PursuitChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_chart_view_dispose;
  object_class->finalize = pursuit_chart_view_finalize;
  object_class->get_property = pursuit_chart_view_get_property;
  object_class->set_property = pursuit_chart_view_set_property;

  widget_class->snapshot = pursuit_chart_view_snapshot;
  widget_class->measure = pursuit_chart_view_measure;
  widget_class->get_request_mode = pursuit_chart_view_get_request_mode;

  properties [PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, PURSUIT_TYPE_REPORT_SECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_HIGHLIGHTED_ROW] =
    g_param_spec_int ("highlighted-row", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitChartView::row-activated:
   * @row: the row of the section whose bar was clicked or activated
   */
  signals [ROW_ACTIVATED] =
    g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pursuit_chart_view_init (PursuitChartView *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  self->highlighted_row = -1;
  self->hover_row = -1;
  self->keyboard_row = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (self->style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->style_manager, "notify::high-contrast",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * pursuit_chart_view_new:
 * @section: (nullable): the section to draw
 *
 * Returns: (transfer floating): a new chart
 */
GtkWidget *
pursuit_chart_view_new (PursuitReportSection *section)
{
  g_return_val_if_fail (section == NULL || PURSUIT_IS_REPORT_SECTION (section), NULL);

  return g_object_new (PURSUIT_TYPE_CHART_VIEW, "section", section, NULL);
}

/**
 * pursuit_chart_view_get_section:
 *
 * Returns: (transfer none) (nullable): the section drawn
 */
PursuitReportSection *
pursuit_chart_view_get_section (PursuitChartView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CHART_VIEW (self), NULL);

  return self->section;
}

/**
 * pursuit_chart_view_set_section:
 * @section: (nullable): the section to draw
 *
 * The keyboard keeps its bar when the new section still has it, so a
 * recomputed report does not throw the user back to the first bar.
 */
void
pursuit_chart_view_set_section (PursuitChartView     *self,
                                PursuitReportSection *section)
{
  g_return_if_fail (PURSUIT_IS_CHART_VIEW (self));
  g_return_if_fail (section == NULL || PURSUIT_IS_REPORT_SECTION (section));

  if (!g_set_object (&self->section, section))
    return;

  if (self->keyboard_row >= (int)n_rows (self))
    self->keyboard_row = n_rows (self) > 0 && gtk_widget_has_focus (GTK_WIDGET (self)) ? 0 : -1;
  if (self->hover_row >= (int)n_rows (self))
    self->hover_row = -1;
  update_highlight (self);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SECTION]);
}

int
pursuit_chart_view_get_highlighted_row (PursuitChartView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CHART_VIEW (self), -1);

  return self->highlighted_row;
}

const char *
pursuit_chart_view_get_description (PursuitChartView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CHART_VIEW (self), NULL);

  return self->description;
}

/**
 * pursuit_chart_view_activate_row:
 * @row: a row of the section; others are ignored
 */
void
pursuit_chart_view_activate_row (PursuitChartView *self,
                                 guint             row)
{
  g_return_if_fail (PURSUIT_IS_CHART_VIEW (self));

  if (row >= n_rows (self))
    return;

  g_signal_emit (self, signals [ROW_ACTIVATED], 0, row);
}
