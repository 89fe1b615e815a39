/* pursuit-match-gauge.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-match-gauge"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pursuit-match-gauge.h"
#include "pursuit-theme.h"

/* A job's match score as a ring that fills clockwise from the top, in
 * green, amber or red by band (as the board's score pill), with the
 * number in the middle; "—" while there is no score. GTK 4.8 has no
 * meter role: it is a progress bar to assistive technologies. */

#define GAUGE_SIZE   96
#define RING_WIDTH   9.0

struct _PursuitMatchGauge
{
  GtkWidget    parent_instance;

  int          score;
  char        *value_text;
  PangoLayout *layout;
};

G_DEFINE_FINAL_TYPE (PursuitMatchGauge, pursuit_match_gauge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_accessible (PursuitMatchGauge *self)
{
  g_free (self->value_text);
  if (self->score < 0)
    self->value_text = g_strdup (_("No score"));
  else
    /* Translators: a match score read out by a screen reader */
    self->value_text = g_strdup_printf (_("%d of 100"), self->score);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) MAX (self->score, 0),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->value_text,
                                  /* GTK 4.8's AT-SPI bridge gives the Value interface only
                                   * to its own range widgets: say the score here too. */
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->value_text,
                                  -1);
}

static void
update_layout (PursuitMatchGauge *self)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  if (self->score < 0)
    text = g_strdup ("—");
  else
    text = g_strdup_printf ("%d", self->score);

  /* Only our own digits go into the markup. */
  markup = g_strdup_printf ("<span size='xx-large' weight='bold'>%s</span>", text);
  g_clear_object (&self->layout);
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_markup (self->layout, markup, -1);
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_CENTER);
}

static void
pursuit_match_gauge_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  PursuitMatchGauge *self = PURSUIT_MATCH_GAUGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double radius = (size - RING_WIDTH) / 2.0;
  double cx = width / 2.0, cy = height / 2.0;
  GdkRGBA fg, track, value;
  PangoRectangle ink, logical;
  cairo_t *cr;

  if (size <= RING_WIDTH)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  track = fg;
  track.alpha *= 0.12;
  value = pursuit_theme_lookup_color (widget, pursuit_score_band_color_name (self->score), &fg);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, RING_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  gdk_cairo_set_source_rgba (cr, &track);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (self->score > 0)
    {
      double start = -G_PI / 2;
      double end = start + 2 * G_PI * MIN (self->score, 100) / 100.0;

      gdk_cairo_set_source_rgba (cr, &value);
      cairo_arc (cr, cx, cy, radius, start, end);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  if (self->layout == NULL)
    update_layout (self);

  pango_layout_get_pixel_extents (self->layout, &ink, &logical);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (cx - logical.width / 2.0,
                                                cy - (ink.y + ink.height / 2.0)));
  gtk_snapshot_append_layout (snapshot, self->layout, &fg);
  gtk_snapshot_restore (snapshot);
}

static void
pursuit_match_gauge_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = *natural = GAUGE_SIZE;
}

static void
pursuit_match_gauge_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  PursuitMatchGauge *self = PURSUIT_MATCH_GAUGE (widget);

  GTK_WIDGET_CLASS (pursuit_match_gauge_parent_class)->css_changed (widget, change);

  /* The font may have changed. */
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (widget);
}

static void
pursuit_match_gauge_finalize (GObject *object)
{
  PursuitMatchGauge *self = (PursuitMatchGauge *)object;

  g_clear_object (&self->layout);
  g_clear_pointer (&self->value_text, g_free);

  G_OBJECT_CLASS (pursuit_match_gauge_parent_class)->finalize (object);
}

static void
pursuit_match_gauge_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitMatchGauge *self = PURSUIT_MATCH_GAUGE (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_match_gauge_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitMatchGauge *self = PURSUIT_MATCH_GAUGE (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      pursuit_match_gauge_set_score (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_match_gauge_class_init (PursuitMatchGaugeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pursuit_match_gauge_finalize;
  object_class->get_property = pursuit_match_gauge_get_property;
  object_class->set_property = pursuit_match_gauge_set_property;

  widget_class->snapshot = pursuit_match_gauge_snapshot;
  widget_class->measure = pursuit_match_gauge_measure;
  widget_class->css_changed = pursuit_match_gauge_css_changed;

  /**
   * PursuitMatchGauge:score:
   *
   * The match score, 0 to 100, or -1 when there is none.
   */
  properties [PROP_SCORE] =
    g_param_spec_int ("score", NULL, NULL, -1, 100, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "matchgauge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
pursuit_match_gauge_init (PursuitMatchGauge *self)
{
  self->score = -1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Match score"),
                                  -1);
  update_accessible (self);
}

GtkWidget *
pursuit_match_gauge_new (void)
{
  return g_object_new (PURSUIT_TYPE_MATCH_GAUGE, NULL);
}

int
pursuit_match_gauge_get_score (PursuitMatchGauge *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_GAUGE (self), -1);

  return self->score;
}

/**
 * pursuit_match_gauge_set_score:
 * @self: a gauge
 * @score: 0 to 100 (clamped), or any negative number for none
 */
void
pursuit_match_gauge_set_score (PursuitMatchGauge *self,
                               int                score)
{
  g_return_if_fail (PURSUIT_IS_MATCH_GAUGE (self));

  score = score < 0 ? -1 : MIN (score, 100);
  if (self->score == score)
    return;

  self->score = score;
  g_clear_object (&self->layout);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCORE]);
}

const char *
pursuit_match_gauge_get_value_text (PursuitMatchGauge *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_GAUGE (self), NULL);

  return self->value_text;
}
