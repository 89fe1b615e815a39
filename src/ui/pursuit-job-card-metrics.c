/* pursuit-job-card-metrics.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-card"

#include "config.h"

#include <pango/pangocairo.h>

#include "pursuit-job-card-metrics.h"

/* Measuring without shaping.
 *
 * GtkListView measures every card it keeps (up to 200 a column) and binds
 * new ones at every filter change; shaping the card's text to measure it
 * made up most of that time. Yet a line of text set in one font is as tall
 * as that font's line, whatever the text: of the parts that decide the
 * height, only the title, which wraps, needs its width. So cards with the
 * same font share CardMetrics: the height of a line in each text style,
 * which characters each style draws in its first font (a fallback font
 * may be taller), and the natural widths of the titles and score pills
 * seen so far. A card with other text is measured with its layouts. */

#define CAPTION_SCALE (9.0 / 11.0)

/* The characters whose font is looked up: ASCII, Latin-1 and Latin
 * Extended-A, then General Punctuation and the currency signs (dashes,
 * quotes, "…", "€"). Anything else takes the layouts. */
#define FAST_LOW_END    0x0180
#define FAST_HIGH_START 0x2010
#define FAST_HIGH_END   0x20C0
#define N_FAST_CHARS    (FAST_LOW_END + FAST_HIGH_END - FAST_HIGH_START)
#define ELLIPSIS        0x2026
/* Titles remembered per font; a bound on memory, not a tuning. */
#define MAX_TITLE_WIDTHS 50000

typedef enum {
  CHAR_UNKNOWN,
  CHAR_FIRST_FONT,
  CHAR_OTHER_FONT,
} CharFont;

struct _CardMetrics
{
  char         *key;
  /* A context of our own: GTK changes a widget's context in place. */
  PangoContext *context;
  PangoFontset *fontsets[N_STYLES];
  PangoFont    *first_fonts[N_STYLES];
  PangoLayout  *scratch[N_STYLES];
  int           line_height[N_STYLES];
  guint8        chars[N_STYLES][N_FAST_CHARS];
  /* Title → natural width in Pango units, in STYLE_TITLE. */
  GHashTable   *title_widths;
  /* Score → the score's width in pixels, 0 when not known yet. */
  int           score_widths[101];
};

static GHashTable *shared_metrics;

static void
card_metrics_clear (gpointer data)
{
  CardMetrics *metrics = data;

  g_free (metrics->key);
  for (guint i = 0; i < N_STYLES; i++)
    {
      g_clear_object (&metrics->fontsets[i]);
      g_clear_object (&metrics->first_fonts[i]);
      g_clear_object (&metrics->scratch[i]);
    }
  g_clear_pointer (&metrics->title_widths, g_hash_table_unref);
  g_clear_object (&metrics->context);
}

/**
 * _pursuit_card_metrics_release:
 * @metrics: metrics from _pursuit_card_metrics_acquire()
 */
void
_pursuit_card_metrics_release (CardMetrics *metrics)
{
  g_rc_box_release_full (metrics, card_metrics_clear);
}

/**
 * _pursuit_card_metrics_style_attributes:
 * @style: a text style
 *
 * Returns: (transfer full): the attributes of the card's text in @style,
 *   without highlights (which only paint)
 */
PangoAttrList *
_pursuit_card_metrics_style_attributes (TextStyle style)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  if (style == STYLE_TITLE)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_ULTRABOLD));
  else if (style == STYLE_CAPTION_BOLD)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (style == STYLE_CAPTION || style == STYLE_CAPTION_BOLD)
    pango_attr_list_insert (attrs, pango_attr_scale_new (CAPTION_SCALE));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));

  return attrs;
}

static PangoFontDescription *
style_font (const PangoFontDescription *base,
            TextStyle                   style)
{
  PangoFontDescription *desc = pango_font_description_copy (base);

  if (style == STYLE_TITLE)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_ULTRABOLD);
  else if (style == STYLE_CAPTION_BOLD)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);

  if (style == STYLE_CAPTION || style == STYLE_CAPTION_BOLD)
    {
      int size = pango_font_description_get_size (desc) * CAPTION_SCALE;

      if (pango_font_description_get_size_is_absolute (desc))
        pango_font_description_set_absolute_size (desc, size);
      else
        pango_font_description_set_size (desc, size);
    }

  return desc;
}

static char *
metrics_key (PangoContext *context)
{
  const PangoFontDescription *font = pango_context_get_font_description (context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  g_autofree char *font_name = font != NULL ? pango_font_description_to_string (font) : NULL;

  return g_strdup_printf ("%s|%s|%g|%lu|%d|%d", font_name ? font_name : "",
                          pango_language_to_string (pango_context_get_language (context)),
                          pango_cairo_context_get_resolution (context),
                          options != NULL ? cairo_font_options_hash (options) : 0,
                          pango_context_get_round_glyph_positions (context),
                          pango_context_get_base_gravity (context));
}

static CardMetrics *
card_metrics_new (PangoContext *widget_context,
                  char         *key)
{
  CardMetrics *metrics = g_rc_box_new0 (CardMetrics);
  const PangoFontDescription *font = pango_context_get_font_description (widget_context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (widget_context);

  metrics->key = key;
  metrics->title_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  metrics->context = pango_font_map_create_context (pango_context_get_font_map (widget_context));
  pango_context_set_font_description (metrics->context, font);
  pango_context_set_language (metrics->context, pango_context_get_language (widget_context));
  pango_context_set_base_dir (metrics->context, pango_context_get_base_dir (widget_context));
  pango_context_set_base_gravity (metrics->context, pango_context_get_base_gravity (widget_context));
  pango_context_set_gravity_hint (metrics->context, pango_context_get_gravity_hint (widget_context));
  pango_context_set_matrix (metrics->context, pango_context_get_matrix (widget_context));
  pango_context_set_round_glyph_positions (metrics->context,
                                           pango_context_get_round_glyph_positions (widget_context));
  pango_cairo_context_set_resolution (metrics->context,
                                      pango_cairo_context_get_resolution (widget_context));
  pango_cairo_context_set_font_options (metrics->context, options);

  for (guint i = 0; i < N_STYLES; i++)
    {
      g_autoptr(PangoAttrList) attrs = _pursuit_card_metrics_style_attributes (i);
      g_autoptr(PangoFontDescription) desc = NULL;
      PangoLayout *layout = pango_layout_new (metrics->context);

      pango_layout_set_attributes (layout, attrs);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      pango_layout_set_text (layout, "x", -1);
      pango_layout_get_pixel_size (layout, NULL, &metrics->line_height[i]);
      metrics->scratch[i] = layout;

      if (font != NULL)
        {
          desc = style_font (font, i);
          metrics->fontsets[i] = pango_context_load_fontset (metrics->context, desc,
                                                             pango_context_get_language (metrics->context));
        }
      if (metrics->fontsets[i] != NULL)
        metrics->first_fonts[i] = pango_fontset_get_font (metrics->fontsets[i], 'x');
    }

  return metrics;
}

/**
 * _pursuit_card_metrics_acquire:
 * @context: a card's Pango context
 *
 * Returns: (transfer full): the metrics of the cards with @context's font,
 *   to release with _pursuit_card_metrics_release()
 */
CardMetrics *
_pursuit_card_metrics_acquire (PangoContext *context)
{
  CardMetrics *metrics;
  char *key;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  key = metrics_key (context);

  if (shared_metrics == NULL)
    shared_metrics = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) _pursuit_card_metrics_release);

  metrics = g_hash_table_lookup (shared_metrics, key);
  if (metrics != NULL)
    {
      g_free (key);
    }
  else
    {
      metrics = card_metrics_new (context, key);
      g_hash_table_insert (shared_metrics, metrics->key, metrics);
    }

  return g_rc_box_acquire (metrics);
}

/**
 * _pursuit_card_metrics_forget_all:
 *
 * Fonts, font options or the resolution changed: cards measure again with
 * new metrics.
 */
void
_pursuit_card_metrics_forget_all (void)
{
  if (shared_metrics != NULL)
    g_hash_table_remove_all (shared_metrics);
}

static gboolean
in_first_font (CardMetrics *metrics,
               TextStyle    style,
               gunichar     c)
{
  guint index;
  guint8 *state;

  if (c >= 0x20 && c < FAST_LOW_END && (c < 0x7F || c >= 0xA0))
    index = c;
  else if (c >= FAST_HIGH_START && c < FAST_HIGH_END && c != 0x203C && c != 0x2049)
    index = FAST_LOW_END + c - FAST_HIGH_START;
  else
    return FALSE;

  state = &metrics->chars[style][index];
  if (*state == CHAR_UNKNOWN)
    {
      g_autoptr(PangoFont) font = NULL;

      /* A fontset hands out its first font even for characters no font
       * has, which then draw as boxes: ask the font too. */
      if (metrics->fontsets[style] != NULL && metrics->first_fonts[style] != NULL)
        font = pango_fontset_get_font (metrics->fontsets[style], c);
      *state = font != NULL && font == metrics->first_fonts[style] && pango_font_has_char (font, c) ?
               CHAR_FIRST_FONT : CHAR_OTHER_FONT;
    }

  return *state == CHAR_FIRST_FONT;
}

/**
 * _pursuit_card_metrics_is_plain_text:
 * @metrics: metrics
 * @style: the style of @text
 * @text: text
 *
 * Returns: whether every line of @text in @style is one line of the
 *   style's first font, its ellipsis included
 */
gboolean
_pursuit_card_metrics_is_plain_text (CardMetrics *metrics,
                                     TextStyle    style,
                                     const char  *text)
{
  if (!in_first_font (metrics, style, ELLIPSIS))
    return FALSE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      gunichar c = *p;

      if (c >= 0x80)
        {
          c = g_utf8_get_char_validated ((const char *) p, -1);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            return FALSE;
          p = (const guchar *) g_utf8_next_char (p) - 1;
        }

      if (!in_first_font (metrics, style, c))
        return FALSE;
    }

  return TRUE;
}

static int
text_width (CardMetrics *metrics,
            TextStyle    style,
            const char  *text)
{
  int width;

  pango_layout_set_text (metrics->scratch[style], text, -1);
  pango_layout_get_size (metrics->scratch[style], &width, NULL);

  return width;
}

/**
 * _pursuit_card_metrics_title_height:
 * @metrics: metrics
 * @title: (nullable): a job's title
 * @width: the title's room, in pixels
 *
 * The title wraps to two lines at most, and only when it is wider than
 * its room.
 *
 * Returns: the title's height in pixels, or -1 when the layout has to tell
 */
int
_pursuit_card_metrics_title_height (CardMetrics *metrics,
                                    const char  *title,
                                    int          width)
{
  gpointer cached;
  int natural;

  /* A single character does not wrap, however narrow the room. (Plain
   * text is valid UTF-8, so the step stays within the string.) */
  if (title == NULL || title[0] == '\0' ||
      !_pursuit_card_metrics_is_plain_text (metrics, STYLE_TITLE, title) ||
      *g_utf8_next_char (title) == '\0')
    return -1;

  if (g_hash_table_lookup_extended (metrics->title_widths, title, NULL, &cached))
    {
      natural = GPOINTER_TO_INT (cached);
    }
  else
    {
      natural = text_width (metrics, STYLE_TITLE, title);
      if (g_hash_table_size (metrics->title_widths) >= MAX_TITLE_WIDTHS)
        g_hash_table_remove_all (metrics->title_widths);
      g_hash_table_insert (metrics->title_widths, g_strdup (title), GINT_TO_POINTER (natural));
    }

  return metrics->line_height[STYLE_TITLE] * (natural <= MAX (width, 1) * PANGO_SCALE ? 1 : 2);
}

/**
 * _pursuit_card_metrics_score_width:
 * @metrics: metrics
 * @score: a match score from 0 to 100
 * @text: @score as the card shows it
 *
 * Returns: the width of @text in the score pill's style, in pixels
 */
int
_pursuit_card_metrics_score_width (CardMetrics *metrics,
                                   int          score,
                                   const char  *text)
{
  int *width = &metrics->score_widths[CLAMP (score, 0, 100)];

  if (*width == 0)
    {
      pango_layout_set_text (metrics->scratch[STYLE_CAPTION_BOLD], text, -1);
      pango_layout_get_pixel_size (metrics->scratch[STYLE_CAPTION_BOLD], width, NULL);
    }

  return *width;
}

/**
 * _pursuit_card_metrics_line_height:
 * @metrics: metrics
 * @style: a text style
 *
 * Returns: the height of a line of @style in its first font, in pixels
 */
int
_pursuit_card_metrics_line_height (CardMetrics *metrics,
                                   TextStyle    style)
{
  g_return_val_if_fail (style < N_STYLES, 0);

  return metrics->line_height[style];
}
