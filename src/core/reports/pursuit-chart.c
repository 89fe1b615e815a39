/* pursuit-chart.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "pursuit-chart-private.h"

/* One geometry serves painting, hit testing and row bounds, so what the
 * pointer hits is exactly what was drawn. It depends on the size only,
 * never on text metrics: hit tests need no cairo context. */

#define PAD            6.0
#define ROW_HEIGHT     28.0   /* HBARS and FUNNEL */
#define BAR_FRACTION   0.64   /* of a row's height */
#define LABEL_GAP      8.0
#define VALUE_WIDTH    56.0   /* room right of the longest bar */
#define AXIS_WIDTH     40.0   /* tick labels of the vertical kinds */
#define XLABEL_HEIGHT  20.0
#define VALUE_HEIGHT   18.0   /* room above the tallest vertical bar */
#define XLABEL_WIDTH   56.0   /* a week's label ("30 Nov") needs about this much */
#define FONT_SIZE      10.0   /* the default, in user units: points in a PDF */

typedef struct
{
  PursuitReportChart kind;
  guint    n_rows;
  guint    column;
  gboolean percent;
  double   scale;     /* the value a full bar stands for */
  double   step;      /* grid step of the vertical kinds */
  double   width;
  double   height;

  /* HBARS and FUNNEL */
  double   label_width;
  double   bar_x;
  double   bar_span;
  double   row_height;

  /* BARS and HISTOGRAM */
  double   plot_x;
  double   plot_y;
  double   plot_width;
  double   plot_height;
  double   slot;
  double   bar_width;
} Geometry;

void
pursuit_chart_palette_init_light (PursuitChartPalette *palette)
{
  const PursuitChartPalette light = {
    .foreground = { 0.12, 0.12, 0.12, 1.0 },
    .muted = { 0.0, 0.0, 0.0, 0.55 },
    .grid = { 0.0, 0.0, 0.0, 0.12 },
    .bar = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 1.0 },        /* #3584e4 */
    .highlight = { 0x1a / 255.0, 0x5f / 255.0, 0xb4 / 255.0, 1.0 },  /* #1a5fb4 */
    .background = { 1.0, 1.0, 1.0, 1.0 },
  };

  g_return_if_fail (palette != NULL);

  *palette = light;
}

void
pursuit_chart_palette_init_dark (PursuitChartPalette *palette)
{
  const PursuitChartPalette dark = {
    .foreground = { 1.0, 1.0, 1.0, 0.92 },
    .muted = { 1.0, 1.0, 1.0, 0.55 },
    .grid = { 1.0, 1.0, 1.0, 0.12 },
    .bar = { 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, 1.0 },        /* #78aeed */
    .highlight = { 0x99 / 255.0, 0xc1 / 255.0, 0xf1 / 255.0, 1.0 },  /* #99c1f1 */
    .background = { 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0, 1.0 }, /* #242424 */
  };

  g_return_if_fail (palette != NULL);

  *palette = dark;
}

static gboolean
is_vertical (PursuitReportChart kind)
{
  return kind == PURSUIT_REPORT_CHART_BARS || kind == PURSUIT_REPORT_CHART_HISTOGRAM;
}

/* Negative, NaN and infinite values draw as no bar rather than breaking
 * the scale for every other row. */
static double
row_value (PursuitReportSection *section,
           guint                 row,
           guint                 column)
{
  double value = pursuit_report_section_get_value (section, row, column);

  return isfinite (value) && value > 0 ? value : 0.0;
}

static guint
drawn_rows (PursuitReportSection *section,
            guint                 max_rows)
{
  guint n_rows = pursuit_report_section_get_n_chart_rows (section);

  if (is_vertical (pursuit_report_section_get_chart (section)))
    return n_rows;

  return max_rows > 0 ? MIN (n_rows, max_rows) : n_rows;
}

/* A round step (1, 2 or 5 times a power of ten) giving about four grid
 * lines up to @max. */
static double
nice_step (double   max,
           gboolean integral)
{
  double raw = max / 4.0;
  double magnitude = pow (10.0, floor (log10 (raw)));
  const double factors[] = { 1.0, 2.0, 5.0, 10.0 };
  double step = magnitude * 10.0;

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    if (factors[i] * magnitude >= raw)
      {
        step = factors[i] * magnitude;
        break;
      }

  if (integral && step < 1.0)
    step = 1.0;

  return isfinite (step) && step > 0 ? step : max;
}

static void
compute_geometry (PursuitReportSection *section,
                  guint                 max_rows,
                  double                width,
                  double                height,
                  Geometry             *g)
{
  double max = 0.0;

  *g = (Geometry) { 0 };
  g->kind = pursuit_report_section_get_chart (section);
  g->column = pursuit_report_section_get_chart_column (section);
  g->n_rows = pursuit_report_section_is_empty (section) ? 0 : drawn_rows (section, max_rows);
  g->percent = g->n_rows > 0 &&
               pursuit_report_section_get_column_unit (section, g->column) == PURSUIT_REPORT_UNIT_PERCENT;
  g->width = MAX (width, 0.0);
  g->height = MAX (height, 0.0);

  for (guint i = 0; i < g->n_rows; i++)
    max = MAX (max, row_value (section, i, g->column));

  /* Rates read against a whole 100 %, so 20 % looks small. */
  if (g->percent && max <= 1.0)
    max = 1.0;
  if (max <= 0.0)
    max = 1.0;

  if (is_vertical (g->kind))
    {
      g->step = nice_step (max, !g->percent);
      g->scale = ceil (max / g->step) * g->step;
      if (!isfinite (g->scale) || g->scale < max)
        g->scale = max;

      g->plot_x = AXIS_WIDTH;
      g->plot_y = VALUE_HEIGHT;
      g->plot_width = MAX (g->width - AXIS_WIDTH - PAD, 1.0);
      g->plot_height = MAX (g->height - VALUE_HEIGHT - XLABEL_HEIGHT, 1.0);
      g->slot = g->n_rows > 0 ? g->plot_width / g->n_rows : 0.0;
      g->bar_width = g->slot * (g->kind == PURSUIT_REPORT_CHART_HISTOGRAM ? 0.9 : 0.7);
    }
  else
    {
      g->scale = max;
      /* Room for "Interview Scheduled → Interviewing" at caption size. */
      g->label_width = CLAMP (g->width * 0.3, 48.0, 240.0);
      g->bar_x = g->label_width + LABEL_GAP;
      g->bar_span = MAX (g->width - g->bar_x - VALUE_WIDTH, 1.0);
      g->row_height = g->n_rows > 0 ? MIN (ROW_HEIGHT, (g->height - 2 * PAD) / g->n_rows) : 0.0;
      g->row_height = MAX (g->row_height, 0.0);
    }
}

static void
geometry_bar (const Geometry *g,
              double          value,
              guint           row,
              double         *x,
              double         *y,
              double         *w,
              double         *h)
{
  double fraction = MIN (value / g->scale, 1.0);

  if (is_vertical (g->kind))
    {
      *w = g->bar_width;
      *h = fraction * g->plot_height;
      *x = g->plot_x + row * g->slot + (g->slot - g->bar_width) / 2;
      *y = g->plot_y + g->plot_height - *h;
      return;
    }

  *h = g->row_height * BAR_FRACTION;
  *y = PAD + row * g->row_height + (g->row_height - *h) / 2;
  *w = fraction * g->bar_span;
  if (g->kind == PURSUIT_REPORT_CHART_FUNNEL)
    *x = g->bar_x + (g->bar_span - *w) / 2;
  else
    *x = g->bar_x;
}

static int
geometry_hit (const Geometry *g,
              double          x,
              double          y)
{
  double index;

  if (g->n_rows == 0 || !(x >= 0 && x < g->width && y >= 0 && y < g->height))
    return -1;

  if (is_vertical (g->kind))
    {
      if (x < g->plot_x || x >= g->plot_x + g->plot_width)
        return -1;
      index = floor ((x - g->plot_x) / g->slot);
    }
  else
    {
      if (g->row_height <= 0 || y < PAD || y >= PAD + g->n_rows * g->row_height)
        return -1;
      index = floor ((y - PAD) / g->row_height);
    }

  return index >= 0 && index < g->n_rows ? (int)index : -1;
}

/* Drawing ----------------------------------------------------------------- */

static void
set_colour (cairo_t      *cr,
            const double  rgba[4])
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h)
{
  double r = MIN (3.0, MIN (w, h) / 2);

  if (r < 0.5)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

typedef enum
{
  ALIGN_START,
  ALIGN_CENTER,
  ALIGN_END,
} Align;

/* Labels come from users and job boards: plain text (never markup), made
 * valid UTF-8, on one line, ellipsized to @w. */
static double
draw_text (cairo_t      *cr,
           PangoLayout  *layout,
           const char   *text,
           double        x,
           double        y_centre,
           double        w,
           Align         align,
           const double  colour[4])
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  PangoRectangle logical;
  double dx = 0;

  if (w < 1)
    return 0;

  pango_layout_set_text (layout, valid, -1);
  pango_layout_set_width (layout, (int)(w * PANGO_SCALE));
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  if (align == ALIGN_CENTER)
    dx = (w - logical.width) / 2;
  else if (align == ALIGN_END)
    dx = w - logical.width;

  set_colour (cr, colour);
  cairo_move_to (cr, x + MAX (dx, 0), y_centre - logical.height / 2.0);
  pango_cairo_show_layout (cr, layout);

  return logical.width;
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  PangoRectangle logical;

  pango_layout_set_text (layout, valid, -1);
  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  return logical.width;
}

static PangoLayout *
create_layout (cairo_t    *cr,
               const char *font_family,
               double      font_size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, font_family != NULL ? font_family : "Sans");
  pango_font_description_set_absolute_size (font, (font_size > 0 ? font_size : FONT_SIZE) * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static char *
format_tick (const Geometry *g,
             double          value)
{
  if (g->percent)
    return pursuit_report_format_percent (value);
  if (value < 1e15)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.3g", value);
}

static void
paint_horizontal (PursuitReportSection      *section,
                  const Geometry            *g,
                  cairo_t                   *cr,
                  PangoLayout               *layout,
                  const PursuitChartPalette *palette,
                  int                        highlighted_row)
{
  double rows_bottom = PAD + g->n_rows * g->row_height;

  cairo_set_line_width (cr, 1.0);

  /* The grid (quarters of the scale) and the axis of the plain bars; a
   * funnel's centred steps have no baseline to show. */
  if (g->kind == PURSUIT_REPORT_CHART_HBARS)
    {
      set_colour (cr, palette->grid);
      for (guint i = 1; i <= 4; i++)
        {
          double x = g->bar_x + g->bar_span * i / 4.0;

          cairo_move_to (cr, x, PAD);
          cairo_line_to (cr, x, rows_bottom);
        }
      cairo_stroke (cr);

      set_colour (cr, palette->muted);
      cairo_move_to (cr, g->bar_x, PAD);
      cairo_line_to (cr, g->bar_x, rows_bottom);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < g->n_rows; i++)
    {
      double value = row_value (section, i, g->column);
      double x, y, w, h;
      double centre = PAD + (i + 0.5) * g->row_height;
      g_autofree char *shown = pursuit_report_section_format_value (section, i, g->column);
      gboolean highlighted = highlighted_row == (int)i;

      geometry_bar (g, value, i, &x, &y, &w, &h);
      if (w > 0 && h > 0)
        {
          set_colour (cr, highlighted ? palette->highlight : palette->bar);
          rounded_rectangle (cr, x, y, w, h);
          cairo_fill (cr);
        }

      /* The labels are what the bars mean, not axis decoration: full
       * contrast, which the muted colour lacks on a dark card. */
      draw_text (cr, layout, pursuit_report_section_get_row_label (section, i),
                 0, centre, g->label_width, ALIGN_END, palette->foreground);
      draw_text (cr, layout, shown, x + w + 4, centre, g->width - (x + w + 4), ALIGN_START,
                 palette->foreground);
    }
}

static void
paint_vertical (PursuitReportSection      *section,
                const Geometry            *g,
                cairo_t                   *cr,
                PangoLayout               *layout,
                const PursuitChartPalette *palette,
                int                        highlighted_row)
{
  double baseline = g->plot_y + g->plot_height;
  guint label_every;

  cairo_set_line_width (cr, 1.0);

  /* Grid lines with their values on the left. */
  for (double tick = g->step; tick <= g->scale * (1 + 1e-9) && g->step > 0; tick += g->step)
    {
      double y = baseline - tick / g->scale * g->plot_height;
      g_autofree char *label = format_tick (g, tick);

      set_colour (cr, palette->grid);
      cairo_move_to (cr, g->plot_x, y);
      cairo_line_to (cr, g->plot_x + g->plot_width, y);
      cairo_stroke (cr);
      draw_text (cr, layout, label, 0, y, AXIS_WIDTH - 6, ALIGN_END, palette->muted);

      /* A huge scale's step can vanish next to it in floating point. */
      if (tick + g->step == tick)
        break;
    }

  set_colour (cr, palette->muted);
  cairo_move_to (cr, g->plot_x, baseline);
  cairo_line_to (cr, g->plot_x + g->plot_width, baseline);
  cairo_stroke (cr);

  /* Weeks of a long range: a label every few bars so they do not overlap. */
  label_every = g->kind == PURSUIT_REPORT_CHART_HISTOGRAM || g->slot >= XLABEL_WIDTH
                  ? 1 : (guint)ceil (XLABEL_WIDTH / MAX (g->slot, 0.01));

  for (guint i = 0; i < g->n_rows; i++)
    {
      double value = row_value (section, i, g->column);
      double x, y, w, h;
      double slot_x = g->plot_x + i * g->slot;
      gboolean highlighted = highlighted_row == (int)i;
      g_autofree char *shown = pursuit_report_section_format_value (section, i, g->column);

      geometry_bar (g, value, i, &x, &y, &w, &h);
      if (w > 0 && h > 0)
        {
          set_colour (cr, highlighted ? palette->highlight : palette->bar);
          rounded_rectangle (cr, x, y, w, h);
          cairo_fill (cr);
        }

      /* Every value that fits over its bar; the highlighted one always. */
      if (highlighted || text_width (layout, shown) <= g->slot)
        {
          double text_w = MAX (g->slot, 48.0);
          double text_x = CLAMP (slot_x + g->slot / 2 - text_w / 2, 0, MAX (g->width - text_w, 0));

          draw_text (cr, layout, shown, text_x, MAX (y - VALUE_HEIGHT / 2, VALUE_HEIGHT / 2),
                     text_w, ALIGN_CENTER, palette->foreground);
        }

      if (i % label_every == 0 || highlighted)
        {
          double label_w = g->slot * label_every;
          double label_x = CLAMP (slot_x + g->slot / 2 - label_w / 2, 0, MAX (g->width - label_w, 0));

          draw_text (cr, layout, pursuit_report_section_get_row_label (section, i),
                     label_x, baseline + XLABEL_HEIGHT / 2, label_w, ALIGN_CENTER,
                     highlighted ? palette->foreground : palette->muted);
        }
    }
}

void
_pursuit_chart_paint_rows (PursuitReportSection      *section,
                           guint                      max_rows,
                           cairo_t                   *cr,
                           double                     width,
                           double                     height,
                           const PursuitChartPalette *palette,
                           const char                *font_family,
                           double                     font_size,
                           int                        highlighted_row)
{
  g_autoptr(PangoLayout) layout = NULL;
  Geometry g;

  g_return_if_fail (PURSUIT_IS_REPORT_SECTION (section));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  compute_geometry (section, max_rows, width, height, &g);
  if (g.n_rows == 0 || g.width < 1 || g.height < 1)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, g.width, g.height);
  cairo_clip (cr);

  if (palette->background[3] > 0)
    {
      set_colour (cr, palette->background);
      cairo_paint (cr);
    }

  layout = create_layout (cr, font_family, font_size);
  if (is_vertical (g.kind))
    paint_vertical (section, &g, cr, layout, palette, highlighted_row);
  else
    paint_horizontal (section, &g, cr, layout, palette, highlighted_row);

  cairo_restore (cr);
}

void
pursuit_chart_paint (PursuitReportSection      *section,
                     cairo_t                   *cr,
                     double                     width,
                     double                     height,
                     const PursuitChartPalette *palette,
                     const char                *font_family,
                     double                     font_size,
                     int                        highlighted_row)
{
  _pursuit_chart_paint_rows (section, 0, cr, width, height, palette, font_family, font_size,
                             highlighted_row);
}

int
pursuit_chart_hit_test (PursuitReportSection *section,
                        double                width,
                        double                height,
                        double                x,
                        double                y)
{
  Geometry g;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (section), -1);

  compute_geometry (section, 0, width, height, &g);
  return geometry_hit (&g, x, y);
}

gboolean
pursuit_chart_get_row_bounds (PursuitReportSection *section,
                              double                width,
                              double                height,
                              guint                 row,
                              double               *x,
                              double               *y,
                              double               *bar_width,
                              double               *bar_height)
{
  double bx, by, bw, bh;
  Geometry g;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (section), FALSE);

  compute_geometry (section, 0, width, height, &g);
  if (row >= g.n_rows)
    return FALSE;

  geometry_bar (&g, row_value (section, row, g.column), row, &bx, &by, &bw, &bh);
  if (x != NULL)
    *x = bx;
  if (y != NULL)
    *y = by;
  if (bar_width != NULL)
    *bar_width = bw;
  if (bar_height != NULL)
    *bar_height = bh;

  return TRUE;
}

double
_pursuit_chart_get_rows_natural_height (PursuitReportSection *section,
                                        guint                 max_rows,
                                        double                width)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (section), 0);

  if (is_vertical (pursuit_report_section_get_chart (section)))
    return CLAMP (width * 0.4, 140.0, 320.0);

  return 2 * PAD + drawn_rows (section, max_rows) * ROW_HEIGHT;
}

double
pursuit_chart_get_natural_height (PursuitReportSection *section,
                                  double                width)
{
  return _pursuit_chart_get_rows_natural_height (section, 0, width);
}

guint
_pursuit_chart_get_rows_for_height (PursuitReportSection *section,
                                    double                height)
{
  guint n_rows;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (section), 0);

  n_rows = drawn_rows (section, 0);
  if (is_vertical (pursuit_report_section_get_chart (section)))
    return n_rows;

  return MIN (n_rows, (guint)MAX (floor ((height - 2 * PAD) / ROW_HEIGHT), 1.0));
}

char *
pursuit_chart_describe (PursuitReportSection *section)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  guint column;
  guint n_rows;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (section), NULL);

  column = pursuit_report_section_get_chart_column (section);
  n_rows = pursuit_report_section_get_n_chart_rows (section);

  if (pursuit_report_section_is_empty (section))
    /* Translators: a chart's accessible description: its title, then why it is empty */
    return g_strdup_printf (_("%s: %s"), pursuit_report_section_get_title (section),
                            pursuit_report_section_get_summary (section));

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *label = g_utf8_make_valid (pursuit_report_section_get_row_label (section, i), -1);
      g_autofree char *value = pursuit_report_section_format_value (section, i, column);

      if (i > 0)
        /* Translators: separates the rows of a chart's accessible description */
        g_string_append (rows, _(", "));
      /* Translators: one row of a chart's accessible description: a label and its value */
      g_string_append_printf (rows, C_("chart description", "%s %s"), label, value);
    }

  /* Say that the chart leaves rows out, as the caption under it does. */
  if (pursuit_report_section_get_chart_caption (section) != NULL)
    g_string_append_printf (rows, " %s", pursuit_report_section_get_chart_caption (section));

  return g_strdup_printf (_("%s: %s"), pursuit_report_section_get_title (section), rows->str);
}
