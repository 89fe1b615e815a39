/* pursuit-job-card.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-card"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-job-card-highlight.h"
#include "pursuit-job-card-metrics.h"
#include "pursuit-job-card-private.h"
#include "pursuit-job-card-text.h"
#include "pursuit-job-list.h"
#include "pursuit-theme.h"

/* A job on the board: title, company, where, pay, its match score and
 * tags, the next thing due, how long ago it moved and how long it has been
 * in its column.
 *
 * The card draws its text itself instead of holding a label per line. In
 * GTK 4.8 every GtkListView keeps up to 200 rows alive around the visible
 * ones, so a board of ten big columns holds about 2,000 cards; a card of a
 * dozen widgets costs about 50 kB, one widget with a few PangoLayouts a
 * fraction of that. The card's box (background, border, shadow, padding)
 * still comes from CSS: it is a "card" like any libadwaita card.
 *
 * Binding a job only formats short strings (they also make up the
 * accessible label, which screen readers read as the whole card); the
 * layouts are made when the card is first measured or drawn and kept
 * until the job, the font or the highlight changes.
 *
 * All text comes from the posting; layouts take it as plain text, never
 * as markup.
 *
 * The card takes the keyboard focus itself (GtkListItemWidget then leaves
 * it to its child), so its shortcuts work: Alt+Left/Right move the job to
 * the previous/next column the pipeline allows, the Menu key and
 * Shift+F10 open "Move to". Its job.* actions only forward to the board's
 * board.* actions, which do the moving; the card can also be dragged. */

#define ICON_SIZE 12
#define ICON_SPACING 4
#define TAG_PADDING_X 8
#define TAG_PADDING_Y 1
#define TAG_SPACING 6
#define DIM_ALPHA 0.55
#define PILL_ALPHA 0.15
#define HIGHLIGHT_ALPHA 0.3
/* Tags shown as pills; the rest are counted in a "+N" pill. */
#define MAX_TAGS 2
/* Remote, the tags and "+N". */
#define MAX_PILLS (MAX_TAGS + 2)

typedef enum {
  DUE_LATER,
  DUE_TODAY,
  DUE_OVERDUE,
} DueState;

typedef enum {
  PILL_ACCENT,
  PILL_NEUTRAL,
} PillStyle;

struct _PursuitJobCard
{
  GtkWidget    parent_instance;

  PursuitJob  *job;

  /* The search query whose words are highlighted, normalised, and its
   * terms folded for matching (0-terminated gunichar arrays); NULL for
   * none. */
  char        *highlight;
  GPtrArray   *highlight_terms;
  /* The colour the layouts' highlights were made with. */
  GdkRGBA      highlight_color;

  /* Plain text of each part, NULL when absent. */
  char        *location;
  char        *salary;
  char        *date;
  char        *score;
  char        *due;
  char        *stage_days;
  char        *stage_days_long;
  char        *tags[MAX_TAGS];
  char        *more_tags;
  char        *all_tags;
  char        *accessible_label;
  int          match_score;
  DueState     due_state;
  gboolean     date_urgent;
  gboolean     remote;

  /* Made on demand from the widget's font; dropped when the font changes. */
  PangoFontDescription *font;
  PangoLayout *title_layout;
  PangoLayout *company_layout;
  PangoLayout *location_layout;
  PangoLayout *salary_layout;
  PangoLayout *date_layout;
  PangoLayout *tag_layout;
  PangoLayout *score_layout;
  /* The score pill's width, which decides how the title wraps. */
  int          score_width;
  PangoLayout *due_layout;
  PangoLayout *stage_layout;
  PangoLayout *tag_layouts[MAX_TAGS];
  PangoLayout *more_layout;

  /* What measuring needs of the font, shared with the other cards. */
  CardMetrics *metrics;
  /* The last height measured, for a content width of @measured_width (-1
   * for none): GtkListView measures its rows again at every layout. */
  int          measured_width;
  int          measured_height;

  /* The "Move to" menu, made when it opens. */
  GtkWidget   *menu;
};
G_DEFINE_FINAL_TYPE (PursuitJobCard, pursuit_job_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
clear_layouts (PursuitJobCard *self)
{
  g_clear_object (&self->title_layout);
  g_clear_object (&self->company_layout);
  g_clear_object (&self->location_layout);
  g_clear_object (&self->salary_layout);
  g_clear_object (&self->date_layout);
  g_clear_object (&self->tag_layout);
  g_clear_object (&self->score_layout);
  g_clear_object (&self->due_layout);
  g_clear_object (&self->stage_layout);
  for (guint i = 0; i < MAX_TAGS; i++)
    g_clear_object (&self->tag_layouts[i]);
  g_clear_object (&self->more_layout);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* The accent, see-through so the text on it reads in light and dark
 * styles alike. */
static GdkRGBA
current_highlight_color (PursuitJobCard *self)
{
  GdkRGBA fg, accent_bg;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  accent_bg = pursuit_theme_lookup_color (GTK_WIDGET (self), "accent_bg_color", &fg);

  return with_alpha (&accent_bg, HIGHLIGHT_ALPHA);
}

static guint16
color_channel (double value)
{
  return (guint16) (CLAMP (value, 0.0, 1.0) * G_MAXUINT16);
}

static void
add_highlights (PangoAttrList *attrs,
                GArray        *ranges,
                const GdkRGBA *color)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      const PursuitTextRange *range = &g_array_index (ranges, PursuitTextRange, i);
      PangoAttribute *attr;

      attr = pango_attr_background_new (color_channel (color->red),
                                        color_channel (color->green),
                                        color_channel (color->blue));
      attr->start_index = range->start;
      attr->end_index = range->end;
      pango_attr_list_insert (attrs, attr);

      /* An alpha of 0 would mean "unset" to Pango. */
      attr = pango_attr_background_alpha_new (MAX (color_channel (color->alpha), 1));
      attr->start_index = range->start;
      attr->end_index = range->end;
      pango_attr_list_insert (attrs, attr);
    }
}

static PangoLayout *
create_layout (PursuitJobCard *self,
               const char     *text,
               TextStyle       style,
               int             max_lines,
               gboolean        highlight)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autoptr(PangoAttrList) attrs = _pursuit_card_metrics_style_attributes (style);
  g_autofree char *valid = NULL;

  if (text == NULL)
    text = "";

  /* Pango warns about broken UTF-8 and would draw it differently from
   * what the highlights were found in. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* Plain text: pango_layout_set_text() never parses markup. */
  pango_layout_set_text (layout, text, -1);

  if (highlight && self->highlight_terms != NULL)
    {
      g_autoptr(GArray) ranges = _pursuit_job_card_find_ranges (text, self->highlight_terms);

      add_highlights (attrs, ranges, &self->highlight_color);
    }

  pango_layout_set_attributes (layout, attrs);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static PangoLayout *
create_optional_layout (PursuitJobCard *self,
                        const char     *text,
                        TextStyle       style)
{
  if (!has_text (text))
    return NULL;

  return create_layout (self, text, style, 1, FALSE);
}

static int
layout_height (PangoLayout *layout,
               int          width)
{
  int height;

  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

/* Pills and the days in stage are one short line at their natural size;
 * keeping their width unset spares Pango a new layout at each measure. */
static int
natural_width (PangoLayout *layout)
{
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

static int
natural_height (PangoLayout *layout)
{
  int height;

  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static int
pill_width (PangoLayout *layout)
{
  return natural_width (layout) + 2 * TAG_PADDING_X;
}


static CardMetrics *
ensure_metrics (PursuitJobCard *self)
{
  if (self->metrics == NULL)
    {
      PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

      self->metrics = _pursuit_card_metrics_acquire (context);
    }

  return self->metrics;
}

/* Whether compute_rows() may take every height from @metrics. */
static gboolean
can_measure_fast (PursuitJobCard *self,
                  CardMetrics    *metrics)
{
  const char *company = pursuit_job_get_company (self->job);

  return _pursuit_card_metrics_is_plain_text (metrics, STYLE_CAPTION_BOLD,
                                              ONCE (C_("job card tag", "Remote"))) &&
         (!has_text (company) ||
          _pursuit_card_metrics_is_plain_text (metrics, STYLE_BODY, company)) &&
         (!has_text (self->location) ||
          _pursuit_card_metrics_is_plain_text (metrics, STYLE_CAPTION, self->location)) &&
         (!has_text (self->salary) ||
          _pursuit_card_metrics_is_plain_text (metrics, STYLE_CAPTION_BOLD, self->salary)) &&
         (!has_text (self->date) ||
          _pursuit_card_metrics_is_plain_text (metrics, STYLE_CAPTION, self->date));
}

static void
ensure_layouts (PursuitJobCard *self)
{
  if (self->title_layout != NULL)
    return;

  if (self->highlight_terms != NULL)
    self->highlight_color = current_highlight_color (self);

  /* The weights and sizes of libadwaita's heading, body, caption and
   * caption-heading styles. */
  self->title_layout = create_layout (self, self->job ? pursuit_job_get_title (self->job) : NULL,
                                      STYLE_TITLE, 2, TRUE);
  self->company_layout = create_layout (self,
                                        self->job ? pursuit_job_get_company (self->job) : NULL,
                                        STYLE_BODY, 1, TRUE);
  self->location_layout = create_layout (self, self->location,
                                         STYLE_CAPTION, 1, TRUE);
  self->salary_layout = create_layout (self, self->salary, STYLE_CAPTION_BOLD, 1, FALSE);
  self->date_layout = create_layout (self, self->date, STYLE_CAPTION, 1, FALSE);
  self->score_width = 0;
  if (has_text (self->score))
    {
      /* The pills share a style: the Remote pill's layout measures the
       * score before it is laid out for itself, so cards that are only
       * measured hold no layout for it. */
      self->tag_layout = create_layout (self, self->score, STYLE_CAPTION_BOLD, 1, FALSE);
      self->score_width = pill_width (self->tag_layout);
      pango_layout_set_text (self->tag_layout, ONCE (C_("job card tag", "Remote")), -1);
    }
  else
    {
      self->tag_layout = create_layout (self, ONCE (C_("job card tag", "Remote")),
                                        STYLE_CAPTION_BOLD, 1, FALSE);
    }
}

/* The rest are one caption line each, as tall as the Remote pill's: the
 * card's height does not need them, and GtkListView measures many more
 * cards than it draws. */
static void
ensure_drawing_layouts (PursuitJobCard *self)
{
  ensure_layouts (self);

  if (self->score_layout == NULL)
    self->score_layout = create_optional_layout (self, self->score, STYLE_CAPTION_BOLD);
  if (self->due_layout == NULL)
    self->due_layout = create_optional_layout (self, self->due, STYLE_CAPTION);
  if (self->stage_layout == NULL)
    self->stage_layout = create_optional_layout (self, self->stage_days, STYLE_CAPTION);
  for (guint i = 0; i < MAX_TAGS; i++)
    if (self->tag_layouts[i] == NULL)
      self->tag_layouts[i] = create_optional_layout (self, self->tags[i], STYLE_CAPTION);
  if (self->more_layout == NULL)
    self->more_layout = create_optional_layout (self, self->more_tags, STYLE_CAPTION_BOLD);
}

typedef struct
{
  PangoLayout *layout;
  PillStyle    style;
  gboolean     shrinks;
  int          x;
  int          width;
} Pill;

/* The card's rows, top to bottom: where each starts and how tall it is,
 * for a content width of @width, and where the pills go. */
typedef struct
{
  int title_y, title_h, title_w;
  int score_w;
  int pill_h;
  int company_y, company_h;
  int location_y, location_h;
  int salary_y, salary_h;
  int pills_y;
  int due_y, due_h;
  int footer_y, footer_h;
  int stage_w;
  guint n_pills;
  Pill pills[MAX_PILLS];
  int height;
} Rows;

static int
add_pill (Rows        *rows,
          PangoLayout *layout,
          PillStyle    style,
          gboolean     shrinks)
{
  Pill *pill = &rows->pills[rows->n_pills++];

  g_assert (rows->n_pills <= MAX_PILLS);

  pill->layout = layout;
  pill->style = style;
  pill->shrinks = shrinks;
  pill->x = 0;
  pill->width = pill_width (layout);

  return pill->width;
}

/* Remote, then the tags, then "+N", on one line. Tags share what the
 * other pills leave and ellipsize in it. */
static void
arrange_pills (PursuitJobCard *self,
               int             width,
               Rows           *rows)
{
  int fixed = 0;
  int tags_natural = 0;
  int n_tags = 0;
  int room;
  int x = 0;

  rows->n_pills = 0;

  if (self->remote)
    add_pill (rows, self->tag_layout, PILL_ACCENT, FALSE);

  for (guint i = 0; i < MAX_TAGS; i++)
    {
      if (self->tag_layouts[i] == NULL)
        continue;
      tags_natural += add_pill (rows, self->tag_layouts[i], PILL_NEUTRAL, TRUE);
      n_tags++;
    }

  if (self->more_layout != NULL)
    add_pill (rows, self->more_layout, PILL_NEUTRAL, FALSE);

  for (guint i = 0; i < rows->n_pills; i++)
    if (!rows->pills[i].shrinks)
      fixed += rows->pills[i].width;

  room = width - fixed - TAG_SPACING * ((int) rows->n_pills - 1);

  for (guint i = 0; i < rows->n_pills; i++)
    {
      Pill *pill = &rows->pills[i];

      if (pill->shrinks && tags_natural > room)
        {
          int share = MAX (room / MAX (n_tags, 1), 2 * TAG_PADDING_X + 16);

          if (pill->width > share)
            {
              pango_layout_set_width (pill->layout, (share - 2 * TAG_PADDING_X) * PANGO_SCALE);
              pill->width = share;
            }
        }

      pill->x = x;
      x += pill->width + TAG_SPACING;
    }
}

/* Heights only, to measure; with @drawing, also the pills and the days
 * in stage, to draw. Measuring takes the heights from the shared metrics
 * when they can tell, which needs no layout at all. */
static void
compute_rows (PursuitJobCard *self,
              int             width,
              gboolean        drawing,
              Rows           *rows)
{
  CardMetrics *fast = NULL;
  int caption_h;
  int y = 0;

  memset (rows, 0, sizeof *rows);

  if (!drawing && self->job != NULL)
    {
      fast = ensure_metrics (self);
      if (!can_measure_fast (self, fast))
        fast = NULL;
    }

  if (fast != NULL)
    {
      rows->title_w = width;
      if (self->score != NULL)
        rows->score_w = _pursuit_card_metrics_score_width (fast, self->match_score, self->score) +
                        2 * TAG_PADDING_X;
    }
  else
    {
      if (drawing)
        ensure_drawing_layouts (self);
      else
        ensure_layouts (self);
      rows->score_w = self->score_width;
    }

  if (self->job == NULL)
    return;

  caption_h = fast != NULL ? _pursuit_card_metrics_line_height (fast, STYLE_CAPTION_BOLD) :
                             natural_height (self->tag_layout);
  rows->pill_h = caption_h + 2 * TAG_PADDING_Y;

  rows->title_w = width;
  if (rows->score_w > 0)
    rows->title_w = width - rows->score_w - TAG_SPACING;

  rows->title_y = y;
  rows->title_h = fast != NULL ?
                  _pursuit_card_metrics_title_height (fast, pursuit_job_get_title (self->job),
                                                      rows->title_w) :
                  -1;
  if (rows->title_h < 0)
    {
      ensure_layouts (self);
      rows->title_h = layout_height (self->title_layout, rows->title_w);
    }
  y += rows->title_h;

  if (has_text (pursuit_job_get_company (self->job)))
    {
      y += 2;
      rows->company_y = y;
      rows->company_h = fast != NULL ? _pursuit_card_metrics_line_height (fast, STYLE_BODY) :
                                       layout_height (self->company_layout, width);
      y += rows->company_h;
    }

  if (has_text (self->location))
    {
      y += 8;
      rows->location_y = y;
      rows->location_h = MAX (ICON_SIZE,
                              fast != NULL ?
                              _pursuit_card_metrics_line_height (fast, STYLE_CAPTION) :
                              layout_height (self->location_layout,
                                             width - ICON_SIZE - ICON_SPACING));
      y += rows->location_h;
    }

  if (has_text (self->salary))
    {
      y += has_text (self->location) ? 4 : 8;
      rows->salary_y = y;
      rows->salary_h = fast != NULL ? _pursuit_card_metrics_line_height (fast, STYLE_CAPTION_BOLD) :
                                      layout_height (self->salary_layout, width);
      y += rows->salary_h;
    }

  if (self->remote || self->tags[0] != NULL)
    {
      if (drawing)
        arrange_pills (self, width, rows);
      y += 8;
      rows->pills_y = y;
      y += rows->pill_h;
    }

  if (self->due != NULL)
    {
      y += 8;
      rows->due_y = y;
      rows->due_h = caption_h;
      y += rows->due_h;
    }

  if (drawing && self->stage_layout != NULL)
    rows->stage_w = ICON_SIZE + ICON_SPACING + natural_width (self->stage_layout);

  if (has_text (self->date) || self->stage_days != NULL)
    {
      /* The date is one line: its width does not change its height. */
      int date_w = width - (rows->stage_w > 0 ? rows->stage_w + TAG_SPACING : 0);
      int date_h = 0;
      int stage_h = self->stage_days != NULL ? MAX (ICON_SIZE, caption_h) : 0;

      if (has_text (self->date))
        date_h = fast != NULL ? _pursuit_card_metrics_line_height (fast, STYLE_CAPTION) :
                                layout_height (self->date_layout, date_w);

      y += rows->due_h > 0 ? 4 : 10;
      rows->footer_y = y;
      rows->footer_h = MAX (stage_h, date_h);
      y += rows->footer_h;
    }

  rows->height = y;
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             int            x,
             int            y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_icon (PursuitJobCard *self,
           GtkSnapshot    *snapshot,
           const char     *name,
           int             x,
           int             y,
           const GdkRGBA  *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, name, NULL, ICON_SIZE,
                                     gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget), 0);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  if (GTK_IS_SYMBOLIC_PAINTABLE (icon))
    gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                              ICON_SIZE, ICON_SIZE, color, 1);
  else
    gdk_paintable_snapshot (GDK_PAINTABLE (icon), snapshot, ICON_SIZE, ICON_SIZE);
  gtk_snapshot_restore (snapshot);
}

static void
draw_pill (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           int            x,
           int            y,
           int            width,
           int            height,
           const GdkRGBA *background,
           const GdkRGBA *foreground)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y, width, height);
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &rect, height / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, background, &rect);
  draw_layout (snapshot, layout, x + TAG_PADDING_X, y + TAG_PADDING_Y, foreground);
  gtk_snapshot_pop (snapshot);
}

static int
mirror (PursuitJobCard *self,
        int             x,
        int             item_width,
        int             width)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return width - x - item_width;

  return x;
}

static int
first_line_height (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  PangoRectangle logical;

  if (line == NULL)
    return 0;

  pango_layout_line_get_pixel_extents (line, NULL, &logical);
  return logical.height;
}

static void
pursuit_job_card_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);
  int width = gtk_widget_get_width (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, dim, company, warning, error, accent, accent_bg, tag_bg, neutral_bg, neutral_fg;
  Rows rows;

  if (self->job == NULL || width <= 0)
    return;

  /* Highlights are layout attributes: a switch between the light and dark
   * styles needs them in the new accent. */
  if (self->highlight_terms != NULL && self->title_layout != NULL)
    {
      GdkRGBA highlight = current_highlight_color (self);

      if (!gdk_rgba_equal (&highlight, &self->highlight_color))
        clear_layouts (self);
    }

  compute_rows (self, width, TRUE, &rows);

  gtk_style_context_get_color (context, &fg);
  dim = with_alpha (&fg, DIM_ALPHA);
  company = with_alpha (&fg, 0.8);
  warning = pursuit_theme_lookup_color (widget, "warning_color", &fg);
  error = pursuit_theme_lookup_color (widget, "error_color", &fg);
  accent = pursuit_theme_lookup_color (widget, "accent_color", &fg);
  accent_bg = pursuit_theme_lookup_color (widget, "accent_bg_color", &accent);
  tag_bg = with_alpha (&accent_bg, PILL_ALPHA);
  neutral_bg = with_alpha (&fg, 0.08);
  neutral_fg = with_alpha (&fg, 0.75);

  draw_layout (snapshot, self->title_layout,
               mirror (self, 0, rows.title_w, width), rows.title_y, &fg);

  /* Green, amber or red by how well the job matches, like the Remote
   * pill: the colour on a light wash of itself. */
  if (self->score_layout != NULL)
    {
      GdkRGBA score_fg = pursuit_theme_lookup_color (widget, pursuit_score_band_color_name (self->match_score),
                                                     &fg);
      GdkRGBA score_bg = with_alpha (&score_fg, PILL_ALPHA);
      int line_h = first_line_height (self->title_layout);

      draw_pill (snapshot, self->score_layout,
                 mirror (self, width - rows.score_w, rows.score_w, width),
                 rows.title_y + MAX (0, (line_h - rows.pill_h) / 2),
                 rows.score_w, rows.pill_h, &score_bg, &score_fg);
    }

  if (rows.company_h > 0)
    draw_layout (snapshot, self->company_layout, 0, rows.company_y, &company);

  if (rows.location_h > 0)
    {
      int text_x = ICON_SIZE + ICON_SPACING;
      int text_w = width - text_x;
      int text_h = layout_height (self->location_layout, text_w);

      draw_icon (self, snapshot, "mark-location-symbolic",
                 mirror (self, 0, ICON_SIZE, width),
                 rows.location_y + (rows.location_h - ICON_SIZE) / 2,
                 &dim);
      draw_layout (snapshot, self->location_layout,
                   mirror (self, text_x, text_w, width),
                   rows.location_y + (rows.location_h - text_h) / 2,
                   &dim);
    }

  if (rows.salary_h > 0)
    draw_layout (snapshot, self->salary_layout, 0, rows.salary_y, &fg);

  for (guint i = 0; i < rows.n_pills; i++)
    {
      const Pill *pill = &rows.pills[i];

      /* Too narrow a card drops what does not fit rather than overlap. */
      if (pill->x + pill->width > width)
        break;

      draw_pill (snapshot, pill->layout,
                 mirror (self, pill->x, pill->width, width), rows.pills_y,
                 pill->width, rows.pill_h,
                 pill->style == PILL_ACCENT ? &tag_bg : &neutral_bg,
                 pill->style == PILL_ACCENT ? &accent : &neutral_fg);
    }

  if (rows.due_h > 0 && self->due_layout != NULL)
    {
      pango_layout_set_width (self->due_layout, width * PANGO_SCALE);
      draw_layout (snapshot, self->due_layout, 0, rows.due_y,
                   self->due_state == DUE_OVERDUE ? &error :
                   self->due_state == DUE_TODAY ? &warning : &company);
    }

  if (rows.footer_h > 0)
    {
      if (has_text (self->date))
        {
          int date_w = width - (rows.stage_w > 0 ? rows.stage_w + TAG_SPACING : 0);
          int date_h = layout_height (self->date_layout, date_w);

          draw_layout (snapshot, self->date_layout,
                       mirror (self, 0, date_w, width),
                       rows.footer_y + (rows.footer_h - date_h) / 2,
                       self->date_urgent ? &warning : &dim);
        }

      if (self->stage_layout != NULL)
        {
          int text_w = rows.stage_w - ICON_SIZE - ICON_SPACING;
          int text_h = natural_height (self->stage_layout);
          int x = width - rows.stage_w;

          draw_icon (self, snapshot, "preferences-system-time-symbolic",
                     mirror (self, x, ICON_SIZE, width),
                     rows.footer_y + (rows.footer_h - ICON_SIZE) / 2,
                     &dim);
          draw_layout (snapshot, self->stage_layout,
                       mirror (self, x + ICON_SIZE + ICON_SPACING, text_w, width),
                       rows.footer_y + (rows.footer_h - text_h) / 2,
                       &dim);
        }
    }
}

static GtkSizeRequestMode
pursuit_job_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pursuit_job_card_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Text ellipsizes: the column decides the width. */
      *minimum = 80;
      *natural = 240;
    }
  else
    {
      int width = for_size > 0 ? for_size : 240;

      if (width != self->measured_width)
        {
          Rows rows;

          compute_rows (self, width, FALSE, &rows);
          self->measured_width = width;
          self->measured_height = rows.height;
        }

      *minimum = *natural = self->measured_height;
    }
}

static gboolean
pursuit_job_card_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);
  int width = gtk_widget_get_width (widget);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean cut = FALSE;
  Rows rows;

  if (self->job == NULL || self->title_layout == NULL || width <= 0)
    return FALSE;

  compute_rows (self, width, TRUE, &rows);

  /* The clock says what its number counts. */
  if (!keyboard_mode && self->stage_layout != NULL &&
      y >= rows.footer_y && y < rows.footer_y + rows.footer_h)
    {
      int stage_x = mirror (self, width - rows.stage_w, rows.stage_w, width);

      if (x >= stage_x && x < stage_x + rows.stage_w)
        {
          gtk_tooltip_set_text (tooltip, self->stage_days_long);
          return TRUE;
        }
    }

  /* Otherwise only when something is cut off. */
  cut = pango_layout_is_ellipsized (self->title_layout) ||
        pango_layout_is_ellipsized (self->company_layout) ||
        pango_layout_is_ellipsized (self->location_layout);
  for (guint i = 0; i < MAX_TAGS; i++)
    if (self->tag_layouts[i] != NULL && pango_layout_is_ellipsized (self->tag_layouts[i]))
      cut = TRUE;
  if (!cut && self->more_tags == NULL)
    return FALSE;

  g_string_append (text, pursuit_job_get_title (self->job));
  if (has_text (pursuit_job_get_company (self->job)))
    g_string_append_printf (text, "\n%s", pursuit_job_get_company (self->job));
  if (has_text (self->location))
    g_string_append_printf (text, "\n%s", self->location);
  if (has_text (self->all_tags))
    g_string_append_printf (text, "\n%s", self->all_tags);

  gtk_tooltip_set_text (tooltip, text->str);

  return TRUE;
}

static void
pursuit_job_card_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (pursuit_job_card_parent_class)->css_changed (widget, change);

  /* Colours are read at each snapshot; hovering only needs a redraw. A new
   * font needs new layouts. */
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (self->font != NULL && font != NULL && pango_font_description_equal (self->font, font))
    {
      gtk_widget_queue_draw (widget);
      return;
    }

  g_clear_pointer (&self->font, pango_font_description_free);
  if (font != NULL)
    self->font = pango_font_description_copy (font);

  clear_layouts (self);
  g_clear_pointer (&self->metrics, _pursuit_card_metrics_release);
  self->measured_width = -1;
  gtk_widget_queue_resize (widget);
}

static void
pursuit_job_card_system_setting_changed (GtkWidget        *widget,
                                         GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (pursuit_job_card_parent_class)->system_setting_changed (widget, setting);

  /* Font options, DPI and the font name all change how text measures. */
  _pursuit_card_metrics_forget_all ();
  g_clear_pointer (&PURSUIT_JOB_CARD (widget)->metrics, _pursuit_card_metrics_release);
  PURSUIT_JOB_CARD (widget)->measured_width = -1;
  clear_layouts (PURSUIT_JOB_CARD (widget));
  gtk_widget_queue_resize (widget);
}

static void
pursuit_job_card_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  clear_layouts (PURSUIT_JOB_CARD (widget));
  gtk_widget_queue_resize (widget);
}

/* Screen readers read the card as one item: everything it shows, in
 * order, as sentences where the card abbreviates. */
static void
update_accessible_label (PursuitJobCard *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree char *score = NULL;
  g_autofree char *tags = NULL;
  const char *parts[11] = { NULL, };

  g_clear_pointer (&self->accessible_label, g_free);

  if (self->job == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  if (self->match_score >= 0)
    /* Translators: how well a job matches the user's profile, e.g. "87% match" */
    score = g_strdup_printf (_("%d%% match"), self->match_score);
  if (has_text (self->all_tags))
    /* Translators: %s is a list of the job's tags, e.g. "berlin, rust" */
    tags = g_strdup_printf (_("Tags: %s"), self->all_tags);

  parts[0] = pursuit_job_get_title (self->job);
  parts[1] = pursuit_job_get_company (self->job);
  parts[2] = self->location;
  parts[3] = self->salary;
  parts[4] = self->remote ? ONCE (C_("job card tag", "Remote")) : NULL;
  parts[5] = score;
  parts[6] = tags;
  parts[7] = self->due;
  parts[8] = self->date;
  parts[9] = self->stage_days_long;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (!has_text (parts[i]))
        continue;
      if (label->len > 0)
        g_string_append (label, ", ");
      g_string_append (label, parts[i]);
    }

  self->accessible_label = g_string_free (g_steal_pointer (&label), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_label,
                                  -1);
}

static void
update_tags (PursuitJobCard *self)
{
  const char * const *tags = pursuit_job_get_tags (self->job);
  guint n_tags = tags != NULL ? g_strv_length ((char **) tags) : 0;

  for (guint i = 0; i < MAX_TAGS && i < n_tags; i++)
    self->tags[i] = g_strdup (tags[i]);

  if (n_tags > MAX_TAGS)
    /* Translators: on a pill after the first tags, the number of the
     * job's other tags, e.g. "+3" */
    self->more_tags = g_strdup_printf (C_("job card tags", "+%u"), n_tags - MAX_TAGS);

  if (n_tags > 0)
    /* Translators: the separator between tags in a list */
    self->all_tags = g_strjoinv (ONCE (C_("tag list", ", ")), (char **) tags);
}

static void
update_next_due (PursuitJobCard *self,
                 GDateTime      *now)
{
  int days;

  self->due = pursuit_job_card_format_next_due (pursuit_job_get_next_due_at (self->job),
                                                pursuit_job_get_next_due_kind (self->job),
                                                now, &days);
  if (self->due == NULL)
    self->due_state = DUE_LATER;
  else if (days < 0)
    self->due_state = DUE_OVERDUE;
  else if (days == 0)
    self->due_state = DUE_TODAY;
  else
    self->due_state = DUE_LATER;
}

static void
clear_texts (PursuitJobCard *self)
{
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->salary, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->score, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->stage_days, g_free);
  g_clear_pointer (&self->stage_days_long, g_free);
  for (guint i = 0; i < MAX_TAGS; i++)
    g_clear_pointer (&self->tags[i], g_free);
  g_clear_pointer (&self->more_tags, g_free);
  g_clear_pointer (&self->all_tags, g_free);
  self->match_score = -1;
  self->due_state = DUE_LATER;
  self->remote = FALSE;
  self->date_urgent = FALSE;
}

static void
update (PursuitJobCard *self)
{
  clear_texts (self);

  if (self->job != NULL)
    {
      g_autoptr(GDateTime) now = _pursuit_job_card_now_local ();
      const char *location = pursuit_job_get_location (self->job);
      gint64 stage_changed_at = pursuit_job_get_stage_changed_at (self->job);
      int stage_days = _pursuit_job_card_days_in_stage (stage_changed_at, now);

      self->remote = pursuit_job_get_remote (self->job);
      self->location = has_text (location) ? g_strdup (location) : NULL;
      self->salary = pursuit_job_card_format_salary (pursuit_job_get_salary_min (self->job),
                                                     pursuit_job_get_salary_max (self->job),
                                                     pursuit_job_get_currency (self->job),
                                                     pursuit_job_get_salary_period (self->job));
      self->date = _pursuit_job_card_describe_date (self->job, &self->date_urgent);

      /* -1 is "not scored"; 0 is a real, poor match. */
      self->match_score = MIN (pursuit_job_get_match_score (self->job), 100);
      self->score = pursuit_job_card_format_match_score (self->match_score);

      self->stage_days = _pursuit_job_card_format_stage_days (stage_days);
      self->stage_days_long = _pursuit_job_card_describe_stage_days (stage_days);
      update_next_due (self, now);
      update_tags (self);
    }

  clear_layouts (self);
  self->measured_width = -1;
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
pursuit_job_card_dispose (GObject *object)
{
  PursuitJobCard *self = (PursuitJobCard *)object;

  clear_layouts (self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (pursuit_job_card_parent_class)->dispose (object);
}

static void
pursuit_job_card_finalize (GObject *object)
{
  PursuitJobCard *self = (PursuitJobCard *)object;

  clear_texts (self);
  g_clear_pointer (&self->metrics, _pursuit_card_metrics_release);
  g_clear_pointer (&self->accessible_label, g_free);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->highlight, g_free);
  g_clear_pointer (&self->highlight_terms, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_job_card_parent_class)->finalize (object);
}

static void
pursuit_job_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (object);

  switch (prop_id)
    {
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (object);

  switch (prop_id)
    {
    case PROP_JOB:
      pursuit_job_card_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_card_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
move_to_stage_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);

  if (self->job == NULL)
    return;

  gtk_widget_activate_action (widget, "board.move-job", "(xs)",
                              pursuit_job_get_id (self->job),
                              g_variant_get_string (parameter, NULL));
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);
  int step = g_str_equal (action_name, "job.move-next") ? 1 : -1;

  if (self->job == NULL)
    return;

  /* Alt+Right means "the column on the right", which comes earlier in a
   * right-to-left board. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    step = -step;

  gtk_widget_activate_action (widget, "board.step-job", "(xi)",
                              pursuit_job_get_id (self->job), step);
}

static void
on_menu_closed_cb (PursuitJobCard *self,
                   GtkPopover     *menu)
{
  gtk_widget_insert_action_group (GTK_WIDGET (self), "card", NULL);
}

static void
on_menu_move_activate_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  PursuitJobCard *self = user_data;
  const char *stage = g_object_get_data (G_OBJECT (action), "stage-key");

  gtk_widget_activate_action (GTK_WIDGET (self), "job.move-to-stage", "s", stage);
}

static void
show_menu (PursuitJobCard *self,
           double          x,
           double          y,
           gboolean        at_pointer)
{
  GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW);
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) section = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  PursuitStore *store;

  if (self->job == NULL || board == NULL)
    return;

  store = pursuit_board_view_get_store (PURSUIT_BOARD_VIEW (board));
  if (store == NULL)
    return;

  /* One action per stage, so each item can be insensitive on its own. */
  group = g_simple_action_group_new ();
  menu = g_menu_new ();
  section = g_menu_new ();
  stages = pursuit_store_list_stages (store);

  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      g_autoptr(GSimpleAction) action = NULL;
      g_autofree char *name = g_strdup_printf ("move-%u", i);
      g_autofree char *detailed = g_strconcat ("card.", name, NULL);
      g_autofree char *label = pursuit_escape_mnemonic (pursuit_stage_get_label (stage));

      action = g_simple_action_new (name, NULL);
      g_object_set_data_full (G_OBJECT (action), "stage-key",
                              g_strdup (pursuit_stage_get_key (stage)), g_free);
      g_simple_action_set_enabled (action,
                                   pursuit_board_view_can_move_job (PURSUIT_BOARD_VIEW (board),
                                                                    pursuit_job_get_id (self->job),
                                                                    pursuit_stage_get_key (stage)));
      g_signal_connect_object (action, "activate", G_CALLBACK (on_menu_move_activate_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));

      g_menu_append (section, label, detailed);
    }

  g_menu_append_section (menu, ONCE (_("Move To")), G_MENU_MODEL (section));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "card", G_ACTION_GROUP (group));

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), TRUE);
      g_signal_connect_object (self->menu, "closed", G_CALLBACK (on_menu_closed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));

  if (at_pointer)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), NULL);

  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
show_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_menu (PURSUIT_JOB_CARD (widget), 0, 0, FALSE);
}

static void
on_secondary_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         PursuitJobCard  *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  show_menu (self, x, y, TRUE);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource  *source,
                    double          x,
                    double          y,
                    PursuitJobCard *self)
{
  if (self->job == NULL)
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_INT64, pursuit_job_get_id (self->job));
}

static void
on_drag_begin_cb (GtkDragSource  *source,
                  GdkDrag        *drag,
                  PursuitJobCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  /* A still image: the card itself is recycled while the list scrolls. */
  g_autoptr(GdkPaintable) image = gdk_paintable_get_current_image (paintable);

  gtk_drag_source_set_icon (source, image, 0, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end_cb (GtkDragSource  *source,
                GdkDrag        *drag,
                gboolean        delete_data,
                PursuitJobCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static void
pursuit_job_card_class_init (PursuitJobCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_card_dispose;
  object_class->finalize = pursuit_job_card_finalize;
  object_class->get_property = pursuit_job_card_get_property;
  object_class->set_property = pursuit_job_card_set_property;

  widget_class->snapshot = pursuit_job_card_snapshot;
  widget_class->get_request_mode = pursuit_job_card_get_request_mode;
  widget_class->measure = pursuit_job_card_measure;
  widget_class->query_tooltip = pursuit_job_card_query_tooltip;
  widget_class->css_changed = pursuit_job_card_css_changed;
  widget_class->direction_changed = pursuit_job_card_direction_changed;
  widget_class->system_setting_changed = pursuit_job_card_system_setting_changed;
  widget_class->size_allocate = pursuit_job_card_size_allocate;

  /**
   * PursuitJobCard:job:
   *
   * The job shown, or %NULL.
   */
  properties [PROP_JOB] =
    g_param_spec_object ("job", NULL, NULL, PURSUIT_TYPE_JOB,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "jobcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * PursuitJobCard|job.move-to-stage:
   * @stage: the key of the stage
   *
   * Moves the job to a stage, through the board.
   */
  gtk_widget_class_install_action (widget_class, "job.move-to-stage", "s", move_to_stage_action);
  gtk_widget_class_install_action (widget_class, "job.move-next", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "job.move-previous", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "job.show-menu", NULL, show_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "job.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK, "job.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "job.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "job.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "job.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "job.show-menu", NULL);
}

static void
pursuit_job_card_init (PursuitJobCard *self)
{
  GtkGesture *click;
  GtkDragSource *drag;

  self->measured_width = -1;

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
pursuit_job_card_new (void)
{
  return g_object_new (PURSUIT_TYPE_JOB_CARD, NULL);
}

/**
 * pursuit_job_card_get_job:
 *
 * Returns: (transfer none) (nullable): the job shown
 */
PursuitJob *
pursuit_job_card_get_job (PursuitJobCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_CARD (self), NULL);
  return self->job;
}

/**
 * pursuit_job_card_set_job:
 * @self: a card
 * @job: (nullable): the job to show
 */
void
pursuit_job_card_set_job (PursuitJobCard *self,
                          PursuitJob     *job)
{
  g_return_if_fail (PURSUIT_IS_JOB_CARD (self));
  g_return_if_fail (job == NULL || PURSUIT_IS_JOB (job));

  if (!g_set_object (&self->job, job))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB]);
}

/**
 * pursuit_job_card_set_highlight:
 * @self: a card
 * @query: (nullable): the search query, or %NULL or "" for none
 *
 * Highlights the words of the title, company and location that the search
 * matches with @query: those that start with one of its words, ignoring
 * case and Latin diacritics, see [func@Pursuit.job_card_find_highlights].
 */
void
pursuit_job_card_set_highlight (PursuitJobCard *self,
                                const char     *query)
{
  g_autofree char *normalized = NULL;

  g_return_if_fail (PURSUIT_IS_JOB_CARD (self));

  normalized = pursuit_job_list_normalize_query (query);
  if (g_strcmp0 (normalized, self->highlight) == 0)
    return;

  g_free (self->highlight);
  self->highlight = g_steal_pointer (&normalized);

  g_clear_pointer (&self->highlight_terms, g_ptr_array_unref);
  if (self->highlight != NULL)
    {
      self->highlight_terms = _pursuit_job_card_parse_query (self->highlight);
      if (self->highlight_terms->len == 0)
        g_clear_pointer (&self->highlight_terms, g_ptr_array_unref);
    }

  /* Only attributes change, not sizes; the layouts are made again when
   * the card is drawn. */
  clear_layouts (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * pursuit_job_card_get_highlight:
 * @self: a card
 *
 * Returns: (nullable): the normalised query highlighted, or %NULL
 */
const char *
pursuit_job_card_get_highlight (PursuitJobCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_CARD (self), NULL);
  return self->highlight;
}

/* The card's content height at @width as measured, from the shared
 * metrics where they can tell, and as drawn, from the layouts; for tests,
 * which compare the two. */
void
_pursuit_job_card_get_heights (PursuitJobCard *self,
                               int             width,
                               int            *measured,
                               int            *drawn)
{
  Rows rows;

  g_return_if_fail (PURSUIT_IS_JOB_CARD (self));

  compute_rows (self, width, FALSE, &rows);
  *measured = rows.height;
  compute_rows (self, width, TRUE, &rows);
  *drawn = rows.height;
}

/* The text screen readers get for the card; for tests. */
const char *
_pursuit_job_card_get_accessible_label (PursuitJobCard *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_CARD (self), NULL);
  return self->accessible_label;
}

