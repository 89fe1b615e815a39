/* pursuit-job-card.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-card"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-pipeline.h"

/* A job on the board: title, company, where, pay, and how long ago it
 * moved.
 *
 * The card draws its text itself instead of holding a label per line. In
 * GTK 4.8 every GtkListView keeps up to 200 rows alive around the visible
 * ones, so a board of ten big columns holds about 2,000 cards; a card of a
 * dozen widgets costs about 50 kB, one widget with a few PangoLayouts a
 * fraction of that. The card's box (background, border, shadow, padding)
 * still comes from CSS: it is a "card" like any libadwaita card.
 *
 * All text comes from the posting; layouts take it as plain text, never
 * as markup.
 *
 * The card takes the keyboard focus itself (GtkListItemWidget then leaves
 * it to its child), so its shortcuts work: Alt+Left/Right move the job to
 * the previous/next column the pipeline allows, the Menu key and
 * Shift+F10 open "Move to". Its job.* actions only forward to the board's
 * board.* actions, which do the moving; the card can also be dragged. */

#define LOCATION_ICON_SIZE 12
#define LOCATION_ICON_SPACING 4
#define TAG_PADDING_X 8
#define TAG_PADDING_Y 1
#define TAG_SPACING 6
#define DIM_ALPHA 0.55
#define CAPTION_SCALE (9.0 / 11.0)

struct _PursuitJobCard
{
  GtkWidget    parent_instance;

  PursuitJob  *job;

  /* Plain text of each part, NULL when absent. */
  char        *location;
  char        *salary;
  char        *date;
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

static const char *
currency_symbol (const char *currency)
{
  if (currency == NULL)
    return NULL;
  if (g_str_equal (currency, "EUR"))
    return "€";
  if (g_str_equal (currency, "USD"))
    return "$";
  if (g_str_equal (currency, "GBP"))
    return "£";
  return NULL;
}

static char *
format_amount (gint64      amount,
               const char *currency)
{
  const char *symbol = currency_symbol (currency);
  g_autofree char *number = NULL;

  if (amount >= 1000 && amount % 1000 == 0)
    /* Translators: a salary in thousands, e.g. "85k" */
    number = g_strdup_printf (_("%dk"), (int)(amount / 1000));
  else if (amount >= 10000)
    /* Translators: a salary in thousands, e.g. "72.5k" */
    number = g_strdup_printf (_("%.1fk"), amount / 1000.0);
  else
    number = g_strdup_printf ("%" G_GINT64_FORMAT, amount);

  if (symbol != NULL)
    return g_strconcat (symbol, number, NULL);
  if (currency != NULL)
    return g_strdup_printf ("%s %s", currency, number);
  return g_steal_pointer (&number);
}

/**
 * pursuit_job_card_format_salary:
 * @salary_min: the lower bound, or 0
 * @salary_max: the upper bound, or 0
 * @currency: (nullable): an ISO 4217 code
 * @period: (nullable): "YEAR", "MONTH", "WEEK", "DAY" or "HOUR"
 *
 * Formats a salary range compactly, for a card: "€70k – €90k".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL without a salary
 */
char *
pursuit_job_card_format_salary (gint64      salary_min,
                                gint64      salary_max,
                                const char *currency,
                                const char *period)
{
  g_autofree char *range = NULL;

  if (salary_min <= 0 && salary_max <= 0)
    return NULL;

  if (salary_min > 0 && salary_max > 0 && salary_min != salary_max)
    {
      g_autofree char *low = format_amount (salary_min, currency);
      g_autofree char *high = format_amount (salary_max, currency);

      /* Translators: a salary range, e.g. "€70k – €90k" */
      range = g_strdup_printf (C_("salary range", "%s – %s"), low, high);
    }
  else if (salary_min > 0 && salary_max > 0)
    {
      range = format_amount (salary_min, currency);
    }
  else if (salary_min > 0)
    {
      g_autofree char *low = format_amount (salary_min, currency);

      /* Translators: a salary with only a lower bound, e.g. "From €70k" */
      range = g_strdup_printf (C_("salary range", "From %s"), low);
    }
  else
    {
      g_autofree char *high = format_amount (salary_max, currency);

      /* Translators: a salary with only an upper bound, e.g. "Up to €90k" */
      range = g_strdup_printf (C_("salary range", "Up to %s"), high);
    }

  return pursuit_job_format_salary_period (range, period);
}

/* Days from @iso_date ("YYYY-MM-DD") to today: positive in the past. */
static gboolean
days_since (const char *iso_date,
            int        *days,
            GDate      *date)
{
  g_autoptr(GDateTime) now = NULL;
  GDate today;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  now = g_date_time_new_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);

  *days = g_date_days_between (date, &today);
  return TRUE;
}

static char *
format_short_date (const GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date),
                                                     12, 0, 0);

  if (when == NULL)
    return NULL;

  if (g_date_time_get_year (when) == g_date_time_get_year (now))
    /* Translators: a date in this year, see g_date_time_format() */
    return g_date_time_format (when, C_("short date", "%-d %b"));

  /* Translators: a date in another year, see g_date_time_format() */
  return g_date_time_format (when, C_("short date", "%-d %b %Y"));
}

static char *
describe_applied (int          days,
                  const GDate *date)
{
  g_autofree char *when = NULL;

  if (days <= 0)
    return g_strdup (_("Applied today"));
  if (days == 1)
    return g_strdup (_("Applied yesterday"));
  if (days < 14)
    return g_strdup_printf (ngettext ("Applied %d day ago", "Applied %d days ago", days), days);

  when = format_short_date (date);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Applied %s"), when);
}

static char *
describe_posted (int          days,
                 const GDate *date)
{
  g_autofree char *when = NULL;

  if (days <= 0)
    return g_strdup (_("Posted today"));
  if (days == 1)
    return g_strdup (_("Posted yesterday"));
  if (days < 14)
    return g_strdup_printf (ngettext ("Posted %d day ago", "Posted %d days ago", days), days);

  when = format_short_date (date);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Posted %s"), when);
}

static char *
describe_deadline (int days)
{
  if (days == 0)
    return g_strdup (_("Closes today"));
  if (days == 1)
    return g_strdup (_("Closes tomorrow"));
  return g_strdup_printf (ngettext ("Closes in %d day", "Closes in %d days", days), days);
}

static void
clear_layouts (PursuitJobCard *self)
{
  g_clear_object (&self->title_layout);
  g_clear_object (&self->company_layout);
  g_clear_object (&self->location_layout);
  g_clear_object (&self->salary_layout);
  g_clear_object (&self->date_layout);
  g_clear_object (&self->tag_layout);
}

static PangoLayout *
create_layout (PursuitJobCard *self,
               const char     *text,
               PangoWeight     weight,
               gboolean        caption,
               int             max_lines)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  /* Plain text: pango_layout_set_text() never parses markup. */
  pango_layout_set_text (layout, text ? text : "", -1);

  if (weight != PANGO_WEIGHT_NORMAL)
    pango_attr_list_insert (attrs, pango_attr_weight_new (weight));
  if (caption)
    pango_attr_list_insert (attrs, pango_attr_scale_new (CAPTION_SCALE));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static void
ensure_layouts (PursuitJobCard *self)
{
  if (self->title_layout != NULL)
    return;

  /* The weights and sizes of libadwaita's heading, body, caption and
   * caption-heading styles. */
  self->title_layout = create_layout (self, self->job ? pursuit_job_get_title (self->job) : NULL,
                                      PANGO_WEIGHT_ULTRABOLD, FALSE, 2);
  self->company_layout = create_layout (self, self->job ? pursuit_job_get_company (self->job) : NULL,
                                        PANGO_WEIGHT_NORMAL, FALSE, 1);
  self->location_layout = create_layout (self, self->location, PANGO_WEIGHT_NORMAL, TRUE, 1);
  self->salary_layout = create_layout (self, self->salary, PANGO_WEIGHT_BOLD, TRUE, 1);
  self->date_layout = create_layout (self, self->date, PANGO_WEIGHT_NORMAL, TRUE, 1);
  self->tag_layout = create_layout (self, C_("job card tag", "Remote"), PANGO_WEIGHT_BOLD, TRUE, 1);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
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

static int
tag_width (PursuitJobCard *self)
{
  int width;

  pango_layout_set_width (self->tag_layout, -1);
  pango_layout_get_pixel_size (self->tag_layout, &width, NULL);

  return width + 2 * TAG_PADDING_X;
}

/* The card's rows, top to bottom: where each starts and how tall it is,
 * for a content width of @width. */
typedef struct
{
  int title_y, title_h;
  int company_y, company_h;
  int location_y, location_h;
  int salary_y, salary_h;
  int footer_y, footer_h;
  int height;
} Rows;

static void
compute_rows (PursuitJobCard *self,
              int             width,
              Rows           *rows)
{
  int y = 0;

  memset (rows, 0, sizeof *rows);
  ensure_layouts (self);

  if (self->job == NULL)
    return;

  rows->title_y = y;
  rows->title_h = layout_height (self->title_layout, width);
  y += rows->title_h;

  if (has_text (pursuit_job_get_company (self->job)))
    {
      y += 2;
      rows->company_y = y;
      rows->company_h = layout_height (self->company_layout, width);
      y += rows->company_h;
    }

  if (has_text (self->location))
    {
      y += 8;
      rows->location_y = y;
      rows->location_h = MAX (LOCATION_ICON_SIZE,
                              layout_height (self->location_layout,
                                             width - LOCATION_ICON_SIZE - LOCATION_ICON_SPACING));
      y += rows->location_h;
    }

  if (has_text (self->salary))
    {
      y += has_text (self->location) ? 4 : 8;
      rows->salary_y = y;
      rows->salary_h = layout_height (self->salary_layout, width);
      y += rows->salary_h;
    }

  if (has_text (self->date) || self->remote)
    {
      int tag_h = self->remote ? layout_height (self->tag_layout, width) + 2 * TAG_PADDING_Y : 0;
      int date_w = width - (self->remote ? tag_width (self) + TAG_SPACING : 0);
      int date_h = has_text (self->date) ? layout_height (self->date_layout, date_w) : 0;

      y += 10;
      rows->footer_y = y;
      rows->footer_h = MAX (tag_h, date_h);
      y += rows->footer_h;
    }

  rows->height = y;
}

static GdkRGBA
lookup_color (GtkWidget     *widget,
              const char    *name,
              const GdkRGBA *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  /* libadwaita's named colours; GTK 4.10 replaces this API. */
  if (!gtk_style_context_lookup_color (context, name, &color))
    return *fallback;

  return color;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
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
draw_location_icon (PursuitJobCard *self,
                    GtkSnapshot    *snapshot,
                    int             x,
                    int             y,
                    const GdkRGBA  *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, "mark-location-symbolic", NULL, LOCATION_ICON_SIZE,
                                     gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget), 0);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  if (GTK_IS_SYMBOLIC_PAINTABLE (icon))
    gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                              LOCATION_ICON_SIZE, LOCATION_ICON_SIZE, color, 1);
  else
    gdk_paintable_snapshot (GDK_PAINTABLE (icon), snapshot, LOCATION_ICON_SIZE, LOCATION_ICON_SIZE);
  gtk_snapshot_restore (snapshot);
}

static void
draw_tag (PursuitJobCard *self,
          GtkSnapshot    *snapshot,
          int             x,
          int             y,
          int             width,
          int             height,
          const GdkRGBA  *background,
          const GdkRGBA  *foreground)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y, width, height);
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &rect, height / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, background, &rect);
  gtk_snapshot_pop (snapshot);

  draw_layout (snapshot, self->tag_layout, x + TAG_PADDING_X, y + TAG_PADDING_Y, foreground);
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

static void
pursuit_job_card_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PursuitJobCard *self = PURSUIT_JOB_CARD (widget);
  int width = gtk_widget_get_width (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, dim, company, warning, accent, accent_bg, tag_bg;
  Rows rows;

  if (self->job == NULL || width <= 0)
    return;

  compute_rows (self, width, &rows);

  gtk_style_context_get_color (context, &fg);
  dim = with_alpha (&fg, DIM_ALPHA);
  company = with_alpha (&fg, 0.8);
  warning = lookup_color (widget, "warning_color", &fg);
  accent = lookup_color (widget, "accent_color", &fg);
  accent_bg = lookup_color (widget, "accent_bg_color", &accent);
  tag_bg = with_alpha (&accent_bg, 0.15);

  draw_layout (snapshot, self->title_layout, 0, rows.title_y, &fg);

  if (rows.company_h > 0)
    draw_layout (snapshot, self->company_layout, 0, rows.company_y, &company);

  if (rows.location_h > 0)
    {
      int text_x = LOCATION_ICON_SIZE + LOCATION_ICON_SPACING;
      int text_w = width - text_x;
      int text_h = layout_height (self->location_layout, text_w);

      draw_location_icon (self, snapshot,
                          mirror (self, 0, LOCATION_ICON_SIZE, width),
                          rows.location_y + (rows.location_h - LOCATION_ICON_SIZE) / 2,
                          &dim);
      draw_layout (snapshot, self->location_layout,
                   mirror (self, text_x, text_w, width),
                   rows.location_y + (rows.location_h - text_h) / 2,
                   &dim);
    }

  if (rows.salary_h > 0)
    draw_layout (snapshot, self->salary_layout, 0, rows.salary_y, &fg);

  if (rows.footer_h > 0)
    {
      int tag_w = self->remote ? tag_width (self) : 0;

      if (has_text (self->date))
        {
          int date_w = width - (self->remote ? tag_w + TAG_SPACING : 0);
          int date_h = layout_height (self->date_layout, date_w);

          draw_layout (snapshot, self->date_layout,
                       mirror (self, 0, date_w, width),
                       rows.footer_y + (rows.footer_h - date_h) / 2,
                       self->date_urgent ? &warning : &dim);
        }

      if (self->remote)
        {
          int tag_h = layout_height (self->tag_layout, width) + 2 * TAG_PADDING_Y;

          draw_tag (self, snapshot,
                    mirror (self, width - tag_w, tag_w, width),
                    rows.footer_y + (rows.footer_h - tag_h) / 2,
                    tag_w, tag_h, &tag_bg, &accent);
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
      Rows rows;

      compute_rows (self, for_size > 0 ? for_size : 240, &rows);
      *minimum = *natural = rows.height;
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
  g_autofree char *text = NULL;

  if (self->job == NULL || self->title_layout == NULL)
    return FALSE;

  /* Only when something is cut off. */
  if (!pango_layout_is_ellipsized (self->title_layout) &&
      !pango_layout_is_ellipsized (self->company_layout) &&
      !pango_layout_is_ellipsized (self->location_layout))
    return FALSE;

  text = g_strjoin ("\n",
                    pursuit_job_get_title (self->job),
                    has_text (pursuit_job_get_company (self->job)) ? pursuit_job_get_company (self->job) : "",
                    has_text (self->location) ? self->location : "",
                    NULL);
  gtk_tooltip_set_text (tooltip, g_strstrip (text));

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
  gtk_widget_queue_resize (widget);
}

static void
pursuit_job_card_system_setting_changed (GtkWidget        *widget,
                                         GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (pursuit_job_card_parent_class)->system_setting_changed (widget, setting);

  /* Font options, DPI and the font name all change how text measures. */
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

static void
update_accessible_label (PursuitJobCard *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  const char *parts[5] = { NULL, };

  if (self->job == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  parts[0] = pursuit_job_get_title (self->job);
  parts[1] = pursuit_job_get_company (self->job);
  parts[2] = self->location;
  parts[3] = self->salary;
  parts[4] = self->date;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (!has_text (parts[i]))
        continue;
      if (label->len > 0)
        g_string_append (label, ", ");
      g_string_append (label, parts[i]);
    }

  if (self->remote)
    {
      g_string_append (label, ", ");
      g_string_append (label, C_("job card tag", "Remote"));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

static void
update_date (PursuitJobCard *self)
{
  const char *stage = pursuit_job_get_stage (self->job);
  GDate date;
  int days;

  self->date_urgent = FALSE;

  if (g_strcmp0 (stage, PURSUIT_STAGE_SAVED) == 0 &&
      days_since (pursuit_job_get_deadline (self->job), &days, &date) &&
      days <= 0 && days > -15)
    {
      self->date = describe_deadline (-days);
      self->date_urgent = days > -4;
    }
  else if (days_since (pursuit_job_get_applied_date (self->job), &days, &date))
    {
      self->date = describe_applied (days, &date);
    }
  else if (days_since (pursuit_job_get_posted_date (self->job), &days, &date))
    {
      self->date = describe_posted (days, &date);
    }
}

static void
update (PursuitJobCard *self)
{
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->salary, g_free);
  g_clear_pointer (&self->date, g_free);
  self->remote = FALSE;
  self->date_urgent = FALSE;

  if (self->job != NULL)
    {
      const char *location = pursuit_job_get_location (self->job);

      self->remote = pursuit_job_get_remote (self->job);
      self->location = has_text (location) ? g_strdup (location) : NULL;
      self->salary = pursuit_job_card_format_salary (pursuit_job_get_salary_min (self->job),
                                                     pursuit_job_get_salary_max (self->job),
                                                     pursuit_job_get_currency (self->job),
                                                     pursuit_job_get_salary_period (self->job));
      update_date (self);
    }

  clear_layouts (self);
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

  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->salary, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->font, pango_font_description_free);

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

/* Labels in a menu take "_" as a mnemonic; stage names are the user's. */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
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
      g_autofree char *label = escape_mnemonic (pursuit_stage_get_label (stage));

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

  g_menu_append_section (menu, _("Move To"), G_MENU_MODEL (section));
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
