/* test-chart.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "pursuit-chart.h"
#include "pursuit-report-private.h"

/* The chart painter on sections built by hand with known values, painted
 * into image surfaces whose pixels are checked. */

#define WIDTH 480

static PursuitReportSection *
make_section (PursuitReportChart  chart,
              PursuitReportUnit   unit,
              const char * const *labels,
              const double       *values,
              guint               n_rows)
{
  PursuitReportSection *section = _pursuit_report_section_new ("test", "Applications by source", chart, 1);

  _pursuit_report_section_add_column (section, "applications", "Applications", PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "rate", "Rate", unit);
  _pursuit_report_section_set_summary (section, "Nothing yet");

  for (guint i = 0; i < n_rows; i++)
    {
      guint row = _pursuit_report_section_add_row (section, labels[i], labels[i]);

      _pursuit_report_section_set_value (section, row, 0, i + 1);
      _pursuit_report_section_set_value (section, row, 1, values[i]);
    }

  return section;
}

static PursuitReportSection *
make_default_section (PursuitReportChart chart)
{
  const char * const labels[] = { "LinkedIn", "Referral", "Company site", "Indeed" };
  const double rates[] = { 0.5, 1.0, 0.25, 0.75 };
  const double counts[] = { 10, 20, 5, 15 };
  gboolean percent = chart == PURSUIT_REPORT_CHART_HBARS;

  return make_section (chart, percent ? PURSUIT_REPORT_UNIT_PERCENT : PURSUIT_REPORT_UNIT_COUNT,
                       labels, percent ? rates : counts, G_N_ELEMENTS (labels));
}

static cairo_surface_t *
paint_with_font_size (PursuitReportSection      *section,
                      double                     height,
                      const PursuitChartPalette *palette,
                      double                     font_size,
                      int                        highlighted_row)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, (int)ceil (height));
  cairo_t *cr = cairo_create (surface);

  pursuit_chart_paint (section, cr, WIDTH, height, palette, NULL, font_size, highlighted_row);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static cairo_surface_t *
paint (PursuitReportSection      *section,
       double                     height,
       const PursuitChartPalette *palette,
       int                        highlighted_row)
{
  return paint_with_font_size (section, height, palette, 0, highlighted_row);
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  int px = (int)floor (x);
  int py = (int)floor (y);

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  return *(const guint32 *)(data + py * stride + px * 4);
}

static guint32
opaque (const double rgba[4])
{
  return 0xff000000u | (guint32)round (rgba[0] * 255) << 16 | (guint32)round (rgba[1] * 255) << 8 |
         (guint32)round (rgba[2] * 255);
}

static void
assert_colour (guint32 pixel,
               guint32 expected)
{
  for (guint shift = 0; shift < 32; shift += 8)
    {
      int a = (pixel >> shift) & 0xff;
      int b = (expected >> shift) & 0xff;

      if (ABS (a - b) > 2)
        g_error ("pixel %08x is not %08x", pixel, expected);
    }
}

static void
test_chart_palettes (void)
{
  PursuitChartPalette light, dark;

  pursuit_chart_palette_init_light (&light);
  pursuit_chart_palette_init_dark (&dark);

  g_assert_cmphex (opaque (light.bar), ==, 0xff3584e4);
  g_assert_cmphex (opaque (light.background), ==, 0xffffffff);
  g_assert_cmphex (opaque (dark.bar), ==, 0xff78aeed);
  g_assert_cmphex (opaque (dark.background), ==, 0xff242424);
  g_assert_cmphex (opaque (light.highlight), !=, opaque (light.bar));
  g_assert_cmphex (opaque (dark.highlight), !=, opaque (dark.bar));
}

static void
check_kind (gconstpointer data)
{
  PursuitReportChart chart = GPOINTER_TO_INT (data);
  g_autoptr(PursuitReportSection) section = make_default_section (chart);
  double height = pursuit_chart_get_natural_height (section, WIDTH);
  guint n_rows = pursuit_report_section_get_n_rows (section);
  PursuitChartPalette palettes[2];

  pursuit_chart_palette_init_light (&palettes[0]);
  pursuit_chart_palette_init_dark (&palettes[1]);
  g_assert_cmpfloat (height, >, 50);

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    {
      cairo_surface_t *surface = paint (section, height, &palettes[p], 2);
      double widest = 0, tallest = 0;

      /* The background is painted in the palette's colour. */
      assert_colour (pixel_at (surface, 1, 1), opaque (palettes[p].background));

      for (guint row = 0; row < n_rows; row++)
        {
          double x, y, w, h;

          g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, row, &x, &y, &w, &h));
          g_assert_cmpfloat (w, >, 4);
          g_assert_cmpfloat (h, >, 4);
          g_assert_cmpfloat (x, >=, 0);
          g_assert_cmpfloat (y, >=, 0);
          g_assert_cmpfloat (x + w, <=, WIDTH);
          g_assert_cmpfloat (y + h, <=, height);
          widest = MAX (widest, w);
          tallest = MAX (tallest, h);

          assert_colour (pixel_at (surface, x + w / 2, y + h / 2),
                         opaque (row == 2 ? palettes[p].highlight : palettes[p].bar));

          /* Hit testing uses the geometry that was painted. */
          g_assert_cmpint (pursuit_chart_hit_test (section, WIDTH, height, x + w / 2, y + h / 2), ==, row);
        }

      /* Bars are proportional to the values: the largest value is the
       * longest (or tallest) bar. */
      {
        double x, y, w, h;

        g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, 1, &x, &y, &w, &h));
        if (chart == PURSUIT_REPORT_CHART_BARS || chart == PURSUIT_REPORT_CHART_HISTOGRAM)
          g_assert_cmpfloat (h, ==, tallest);
        else
          g_assert_cmpfloat (w, ==, widest);
        g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, 2, &x, &y, &w, &h));
        if (chart == PURSUIT_REPORT_CHART_BARS || chart == PURSUIT_REPORT_CHART_HISTOGRAM)
          g_assert_cmpfloat (fabs (h - tallest / 4), <, 1.0);
        else
          g_assert_cmpfloat (fabs (w - widest / 4), <, 1.0);
      }

      cairo_surface_destroy (surface);
    }

  g_assert_false (pursuit_chart_get_row_bounds (section, WIDTH, height, n_rows, NULL, NULL, NULL, NULL));
  g_assert_cmpint (pursuit_chart_hit_test (section, WIDTH, height, -1, -1), ==, -1);
  g_assert_cmpint (pursuit_chart_hit_test (section, WIDTH, height, WIDTH + 5, height / 2), ==, -1);
  g_assert_cmpint (pursuit_chart_hit_test (section, WIDTH, height, WIDTH / 2.0, height + 5), ==, -1);
}

static gboolean
is_blank (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int i = 0; i < stride * height; i++)
    if (data[i] != 0)
      return FALSE;

  return TRUE;
}

static void
test_chart_empty (void)
{
  const char * const labels[] = { "a", "b" };
  const double zeros[] = { 0, 0 };
  g_autoptr(PursuitReportSection) no_rows = make_section (PURSUIT_REPORT_CHART_HBARS, PURSUIT_REPORT_UNIT_PERCENT,
                                                          labels, zeros, 0);
  g_autoptr(PursuitReportSection) zero_rows = make_section (PURSUIT_REPORT_CHART_BARS, PURSUIT_REPORT_UNIT_COUNT,
                                                            labels, zeros, 2);
  PursuitChartPalette palette;
  PursuitReportSection *sections[] = { no_rows, zero_rows };

  pursuit_chart_palette_init_light (&palette);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      cairo_surface_t *surface = paint (sections[i], 200, &palette, 0);
      g_autofree char *description = pursuit_chart_describe (sections[i]);

      g_assert_true (pursuit_report_section_is_empty (sections[i]));
      g_assert_true (is_blank (surface));
      g_assert_cmpint (pursuit_chart_hit_test (sections[i], WIDTH, 200, WIDTH / 2.0, 100), ==, -1);
      g_assert_false (pursuit_chart_get_row_bounds (sections[i], WIDTH, 200, 0, NULL, NULL, NULL, NULL));
      g_assert_cmpstr (description, ==, "Applications by source: Nothing yet");
      cairo_surface_destroy (surface);
    }

  /* A zero size paints nothing and does not fail either. */
  {
    g_autoptr(PursuitReportSection) section = make_default_section (PURSUIT_REPORT_CHART_HBARS);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
    cairo_t *cr = cairo_create (surface);

    pursuit_chart_paint (section, cr, 0, 0, &palette, NULL, 0, -1);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    g_assert_true (is_blank (surface));
    g_assert_cmpint (pursuit_chart_hit_test (section, 0, 0, 0, 0), ==, -1);
    cairo_surface_destroy (surface);
  }
}

static void
test_chart_huge_values (void)
{
  const char * const labels[] = { "huge", "tiny", "nan", "negative", "infinite" };
  const double values[] = { 1e300, 1, NAN, -5, INFINITY };
  PursuitReportChart charts[] = { PURSUIT_REPORT_CHART_HBARS, PURSUIT_REPORT_CHART_FUNNEL,
                                  PURSUIT_REPORT_CHART_BARS, PURSUIT_REPORT_CHART_HISTOGRAM };
  PursuitChartPalette palette;

  pursuit_chart_palette_init_light (&palette);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(PursuitReportSection) section = make_section (charts[i], PURSUIT_REPORT_UNIT_COUNT, labels, values,
                                                              G_N_ELEMENTS (labels));
      double height = pursuit_chart_get_natural_height (section, WIDTH);
      cairo_surface_t *surface = paint (section, height, &palette, -1);
      double x, y, w, h;

      /* The huge bar is drawn full size; the others draw as nothing. */
      g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, 0, &x, &y, &w, &h));
      g_assert_true (isfinite (x) && isfinite (y) && isfinite (w) && isfinite (h));
      assert_colour (pixel_at (surface, x + w / 2, y + h / 2), opaque (palette.bar));
      for (guint row = 2; row < G_N_ELEMENTS (labels); row++)
        {
          g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, row, &x, &y, &w, &h));
          g_assert_true (w == 0 || h == 0);
        }
      cairo_surface_destroy (surface);
    }
}

static void
test_chart_many_rows (void)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, 200);
  PursuitChartPalette palette;

  pursuit_chart_palette_init_dark (&palette);
  for (guint i = 0; i < 200; i++)
    {
      g_ptr_array_add (labels, g_strdup_printf ("Company %u", i));
      values[i] = i + 1;
    }

  for (PursuitReportChart chart = PURSUIT_REPORT_CHART_FUNNEL; chart <= PURSUIT_REPORT_CHART_HISTOGRAM; chart++)
    {
      g_autoptr(PursuitReportSection) section = make_section (chart, PURSUIT_REPORT_UNIT_COUNT,
                                                              (const char * const *)labels->pdata, values, 200);
      double height = pursuit_chart_get_natural_height (section, WIDTH);
      cairo_surface_t *surface = paint (section, height, &palette, 199);
      int last = -1;

      if (chart == PURSUIT_REPORT_CHART_HBARS || chart == PURSUIT_REPORT_CHART_FUNNEL)
        g_assert_cmpfloat (height, >, 200 * 20);
      else
        g_assert_cmpfloat (height, <=, 400);

      for (guint row = 0; row < 200; row++)
        {
          double x, y, w, h;
          int hit;

          g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, row, &x, &y, &w, &h));
          hit = pursuit_chart_hit_test (section, WIDTH, height, x + w / 2, y + h / 2);
          g_assert_cmpint (hit, ==, row);
          g_assert_cmpint (hit, >, last);
          last = hit;
        }
      cairo_surface_destroy (surface);
    }
}

/* The leftmost and rightmost columns with ink in the rows y0..y1 left of
 * x_end, against the background colour. */
static int
ink_width (cairo_surface_t *surface,
           int              x_end,
           int              y0,
           int              y1,
           guint32          background)
{
  int left = G_MAXINT, right = -1;

  for (int y = y0; y < y1; y++)
    for (int x = 0; x < x_end; x++)
      if (pixel_at (surface, x, y) != background)
        {
          left = MIN (left, x);
          right = MAX (right, x);
        }

  return right >= left ? right - left + 1 : 0;
}

static void
test_chart_hostile_labels (void)
{
  g_autofree char *long_label = NULL;
  const char *invalid = "Caf\xc3\x28 \xff\xfe Corp";
  const char * const markup[] = { "<b>x</b> &amp;" };
  const char * const plain[] = { "x" };
  const double one[] = { 1 };
  PursuitChartPalette palette;
  g_autoptr(GString) huge = g_string_new (NULL);

  pursuit_chart_palette_init_light (&palette);
  for (guint i = 0; i < 2000; i++)
    g_string_append (huge, "Very long company name ");
  long_label = g_string_free (g_steal_pointer (&huge), FALSE);

  {
    const char * const labels[] = { long_label, invalid, "\n\t\r", "" };
    const double values[] = { 1, 2, 3, 4 };

    for (PursuitReportChart chart = PURSUIT_REPORT_CHART_FUNNEL; chart <= PURSUIT_REPORT_CHART_HISTOGRAM; chart++)
      {
        g_autoptr(PursuitReportSection) section = make_section (chart, PURSUIT_REPORT_UNIT_PERCENT, labels, values, 4);
        double height = pursuit_chart_get_natural_height (section, WIDTH);
        cairo_surface_t *surface = paint (section, height, &palette, 1);
        g_autofree char *description = pursuit_chart_describe (section);

        /* Ellipsized: the long label stays in its column, the bars are
         * still where the geometry says. */
        {
          double x, y, w, h;

          g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, 3, &x, &y, &w, &h));
          assert_colour (pixel_at (surface, x + w / 2, y + h / 2), opaque (palette.bar));
        }
        g_assert_true (g_utf8_validate (description, -1, NULL));
        g_assert_nonnull (strstr (description, "Corp"));
        cairo_surface_destroy (surface);
      }
  }

  /* Markup is drawn as the characters it is made of: much wider than the
   * one bold "x" it would become. */
  {
    g_autoptr(PursuitReportSection) with_markup = make_section (PURSUIT_REPORT_CHART_HBARS, PURSUIT_REPORT_UNIT_COUNT,
                                                                markup, one, 1);
    g_autoptr(PursuitReportSection) with_plain = make_section (PURSUIT_REPORT_CHART_HBARS, PURSUIT_REPORT_UNIT_COUNT,
                                                               plain, one, 1);
    double height = pursuit_chart_get_natural_height (with_markup, WIDTH);
    cairo_surface_t *a = paint (with_markup, height, &palette, -1);
    cairo_surface_t *b = paint (with_plain, height, &palette, -1);
    double x, y, w, h;
    g_autofree char *description = pursuit_chart_describe (with_markup);

    g_assert_true (pursuit_chart_get_row_bounds (with_markup, WIDTH, height, 0, &x, &y, &w, &h));
    g_assert_cmpint (ink_width (a, (int)x - 2, (int)y, (int)(y + h), opaque (palette.background)), >,
                     4 * ink_width (b, (int)x - 2, (int)y, (int)(y + h), opaque (palette.background)));
    g_assert_cmpint (ink_width (b, (int)x - 2, (int)y, (int)(y + h), opaque (palette.background)), >, 0);
    g_assert_cmpstr (description, ==, "Applications by source: <b>x</b> &amp; 1");

    cairo_surface_destroy (a);
    cairo_surface_destroy (b);
  }
}

/* The window draws its labels at caption size, the PDF at 10 pt: the
 * size given is the size drawn, and 0 is the default of 10. */
static void
test_chart_font_size (void)
{
  g_autoptr(PursuitReportSection) section = make_default_section (PURSUIT_REPORT_CHART_HBARS);
  double height = pursuit_chart_get_natural_height (section, WIDTH);
  PursuitChartPalette palette;
  cairo_surface_t *by_default, *ten, *fifteen;
  guint32 background;
  double x, y, w, h;
  int small, large;

  pursuit_chart_palette_init_light (&palette);
  background = opaque (palette.background);
  by_default = paint (section, height, &palette, -1);
  ten = paint_with_font_size (section, height, &palette, 10, -1);
  fifteen = paint_with_font_size (section, height, &palette, 15, -1);

  /* Row 0's label, "LinkedIn", left of its bar. */
  g_assert_true (pursuit_chart_get_row_bounds (section, WIDTH, height, 0, &x, &y, &w, &h));
  small = ink_width (ten, (int)x - 2, (int)y, (int)(y + h), background);
  large = ink_width (fifteen, (int)x - 2, (int)y, (int)(y + h), background);
  g_assert_cmpint (small, >, 0);
  g_assert_cmpint (ink_width (by_default, (int)x - 2, (int)y, (int)(y + h), background), ==, small);
  g_assert_cmpfloat (large, >, 1.3 * small);
  g_assert_cmpfloat (large, <, 1.7 * small);

  /* Only the text grows: the bars stay where the hit test finds them. */
  g_assert_cmpuint (pixel_at (ten, x + w / 2, y + h / 2), ==, pixel_at (fifteen, x + w / 2, y + h / 2));

  cairo_surface_destroy (by_default);
  cairo_surface_destroy (ten);
  cairo_surface_destroy (fifteen);
}

static void
test_chart_describe (void)
{
  g_autoptr(PursuitReportSection) section = make_default_section (PURSUIT_REPORT_CHART_HBARS);
  g_autoptr(PursuitReportSection) counts = make_default_section (PURSUIT_REPORT_CHART_BARS);
  g_autofree char *description = pursuit_chart_describe (section);
  g_autofree char *count_description = pursuit_chart_describe (counts);

  g_assert_cmpstr (description, ==,
                   "Applications by source: LinkedIn 50%, Referral 100%, Company site 25%, Indeed 75%");
  g_assert_cmpstr (count_description, ==,
                   "Applications by source: LinkedIn 10, Referral 20, Company site 5, Indeed 15");
}

/* The painter draws vectors: into a PDF surface too, with nothing but
 * paths and glyphs. */
static void
test_chart_vector (void)
{
  g_autoptr(PursuitReportSection) section = make_default_section (PURSUIT_REPORT_CHART_FUNNEL);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  PursuitChartPalette palette;
  double x, y, w, h;

  pursuit_chart_palette_init_light (&palette);
  cairo_scale (cr, 3, 3);
  pursuit_chart_paint (section, cr, 300, 200, &palette, "Serif", 0, -1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
  g_assert_cmpfloat (w, >, 600);
  g_assert_cmpfloat (w, <=, 901);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/palettes", test_chart_palettes);
  g_test_add_data_func ("/chart/funnel", GINT_TO_POINTER (PURSUIT_REPORT_CHART_FUNNEL), check_kind);
  g_test_add_data_func ("/chart/bars", GINT_TO_POINTER (PURSUIT_REPORT_CHART_BARS), check_kind);
  g_test_add_data_func ("/chart/hbars", GINT_TO_POINTER (PURSUIT_REPORT_CHART_HBARS), check_kind);
  g_test_add_data_func ("/chart/histogram", GINT_TO_POINTER (PURSUIT_REPORT_CHART_HISTOGRAM), check_kind);
  g_test_add_func ("/chart/empty", test_chart_empty);
  g_test_add_func ("/chart/huge-values", test_chart_huge_values);
  g_test_add_func ("/chart/many-rows", test_chart_many_rows);
  g_test_add_func ("/chart/hostile-labels", test_chart_hostile_labels);
  g_test_add_func ("/chart/font-size", test_chart_font_size);
  g_test_add_func ("/chart/describe", test_chart_describe);
  g_test_add_func ("/chart/vector", test_chart_vector);

  return g_test_run ();
}
