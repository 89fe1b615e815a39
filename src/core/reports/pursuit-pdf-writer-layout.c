/* pursuit-pdf-writer-layout.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-pdf-writer"

#include "config.h"

#include "pursuit-pdf-writer-private.h"

/* Laying out: every block becomes Pango layouts (created once) and items
 * placed on pages: text line by line, tables row by row with the header
 * repeated, drawings whole. */

/* Items and pages ------------------------------------------------------------ */

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
  g_clear_pointer (&item->surface, cairo_surface_destroy);
}

static GArray *
current_page (PursuitPdfWriter *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static void
start_page (PursuitPdfWriter *self)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, item_clear);
  g_ptr_array_add (self->pages, items);
  self->y = MARGIN;
  self->page_empty = TRUE;
}

static double
content_bottom (PursuitPdfWriter *self)
{
  return self->page_height - MARGIN;
}

static double
content_height (PursuitPdfWriter *self)
{
  return self->page_height - 2 * MARGIN;
}

/* Starts a new page unless @height still fits on this one. An empty page
 * takes anything, so an oversized block cannot loop forever. */
static void
ensure_space (PursuitPdfWriter *self,
              double            height)
{
  if (!self->page_empty && self->y + height > content_bottom (self))
    start_page (self);
}

static void
add_vertical_space (PursuitPdfWriter *self,
                    double            points)
{
  /* Space never carries over to the top of a page. */
  if (self->page_empty)
    return;
  self->y = MIN (self->y + points, content_bottom (self));
}

static void
place_lines (PursuitPdfWriter *self,
             PangoLayout      *layout,
             int               first_line,
             int               n_lines,
             double            x,
             double            y,
             double            gray)
{
  Item item = { 0 };

  item.kind = ITEM_LINES;
  item.layout = g_object_ref (layout);
  item.first_line = first_line;
  item.n_lines = n_lines;
  item.x = x;
  item.y = y;
  item.gray = gray;
  g_array_append_val (current_page (self), item);
  self->page_empty = FALSE;
}

static void
place_rule (PursuitPdfWriter *self,
            double            x,
            double            y,
            double            width,
            double            thickness,
            double            gray)
{
  Item item = { 0 };

  item.kind = ITEM_RULE;
  item.x = x;
  item.y = y;
  item.width = width;
  item.height = thickness;
  item.gray = gray;
  g_array_append_val (current_page (self), item);
}

/* Text layouts ------------------------------------------------------------------ */

PangoLayout *
_pursuit_pdf_writer_create_layout (PursuitPdfWriter *self,
                                   const char       *text,
                                   double            size,
                                   gboolean          bold,
                                   double            width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family_static (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  /* Plain text only: angle brackets and ampersands from job postings are
   * shown as they are. */
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

double
_pursuit_pdf_layout_natural_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static double
first_line_height (PangoLayout *layout)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  return pango_units_to_double (logical.height);
}

/* Places a layout line by line, carrying the lines that do not fit on to
 * the next page. */
static void
flow_layout (PursuitPdfWriter *self,
             PangoLayout      *layout,
             double            x,
             double            gray)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  int line = 0;
  int chunk_first = 0;
  double chunk_top = 0;          /* layout y of chunk_first */
  double chunk_page_y = self->y; /* page y of chunk_first */

  do
    {
      PangoRectangle logical;
      double top;
      double bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      bottom = pango_units_to_double (logical.y + logical.height);

      if (line > chunk_first
          && chunk_page_y + (bottom - chunk_top) > content_bottom (self))
        {
          place_lines (self, layout, chunk_first, line - chunk_first,
                       x, chunk_page_y - chunk_top, gray);
          start_page (self);
          chunk_first = line;
          chunk_top = top;
          chunk_page_y = self->y;
        }
      else if (line == chunk_first && !self->page_empty
               && chunk_page_y + (bottom - top) > content_bottom (self))
        {
          start_page (self);
          chunk_top = top;
          chunk_page_y = self->y;
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));

  place_lines (self, layout, chunk_first, line - chunk_first,
               x, chunk_page_y - chunk_top, gray);

  {
    PangoRectangle logical;

    pango_layout_get_extents (layout, NULL, &logical);
    self->y = chunk_page_y + (pango_units_to_double (logical.y + logical.height) - chunk_top);
  }
}

/* Tables ------------------------------------------------------------------ */

typedef struct
{
  guint n_columns;
  gboolean numeric_right;
  double *widths;
  PangoLayout **header;          /* n_columns */
  double header_height;
  GPtrArray *rows;               /* of PangoLayout ** (n_columns) */
  GArray *row_heights;           /* of double */
} TableLayout;

static void
table_layout_free (TableLayout *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    g_clear_object (&table->header[c]);
  g_free (table->header);
  for (guint r = 0; r < table->rows->len; r++)
    {
      PangoLayout **cells = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        g_clear_object (&cells[c]);
      g_free (cells);
    }
  g_ptr_array_unref (table->rows);
  g_array_unref (table->row_heights);
  g_free (table->widths);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TableLayout, table_layout_free)

/* A table of numbers: every number column gets its natural width (its
 * header and widest value on one line) and the label column the rest, so
 * only labels wrap. When that leaves the labels too little room, the
 * number columns give up width down to @least (the widest value or
 * header word: headers wrap between words, never inside one). */
static gboolean
compute_numeric_widths (const double *natural,
                        const double *least,
                        guint         n_columns,
                        double        available,
                        double       *out_widths)
{
  double label_least = MIN (natural[0], available * 0.25);
  double numbers = 0, numbers_least = 0, spare;

  for (guint c = 1; c < n_columns; c++)
    {
      numbers += natural[c];
      numbers_least += least[c];
    }

  if (available - numbers >= label_least)
    {
      for (guint c = 1; c < n_columns; c++)
        out_widths[c] = natural[c];
      out_widths[0] = available - numbers;
      return TRUE;
    }

  if (available - numbers_least < label_least)
    return FALSE;

  /* Shrink each number column by the same share of what it could give. */
  spare = available - label_least - numbers_least;
  for (guint c = 1; c < n_columns; c++)
    out_widths[c] = least[c] + (natural[c] - least[c]) * spare / MAX (numbers - numbers_least, 1e-6);
  out_widths[0] = label_least;
  return TRUE;
}

/* Columns get their natural width when everything fits, the spare room
 * going to the last column (so that values stay next to their labels);
 * tables of numbers see compute_numeric_widths (). Otherwise the columns
 * narrower than an even share keep their width and the wide ones split
 * the rest in proportion to what they would like. */
static void
compute_column_widths (const double *natural,
                       const double *least,
                       guint         n_columns,
                       double        available,
                       gboolean      numeric_right,
                       double       *out_widths)
{
  double total = 0;
  double fair = available / n_columns;
  double narrow_total = 0;
  double wide_total = 0;

  if (numeric_right && n_columns > 1 &&
      compute_numeric_widths (natural, least, n_columns, available, out_widths))
    return;

  for (guint c = 0; c < n_columns; c++)
    total += natural[c];

  if (total <= available)
    {
      for (guint c = 0; c < n_columns; c++)
        out_widths[c] = natural[c];
      out_widths[numeric_right ? 0 : n_columns - 1] += available - total;
      return;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      if (natural[c] <= fair)
        narrow_total += natural[c];
      else
        wide_total += natural[c];
    }

  for (guint c = 0; c < n_columns; c++)
    {
      if (natural[c] <= fair)
        out_widths[c] = natural[c];
      else
        out_widths[c] = (available - narrow_total) * natural[c] / wide_total;
    }
}

/* The widest word of a header: the narrowest its column can be without
 * breaking a word. */
static double
widest_word (PursuitPdfWriter *self,
             const char       *text,
             gboolean          bold)
{
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      if (*words[i] == '\0')
        continue;
      layout = _pursuit_pdf_writer_create_layout (self, words[i], TABLE_SIZE, bold, -1);
      widest = MAX (widest, _pursuit_pdf_layout_natural_width (layout));
    }

  return widest;
}

/* A cell that fits on one line keeps its unwrapped layout (setting a
 * width would lay it out again: most cells of a long table are short
 * numbers); place_row () aligns it. */
static void
set_cell_width (PangoLayout *cell,
                double       width,
                gboolean     right)
{
  if (_pursuit_pdf_layout_natural_width (cell) <= width - 2 * CELL_PAD_X)
    return;

  pango_layout_set_width (cell, (int) (MAX (width - 2 * CELL_PAD_X, 1) * PANGO_SCALE));
  pango_layout_set_wrap (cell, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (cell, -CELL_MAX_LINES);
  pango_layout_set_ellipsize (cell, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (cell, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

static double
row_height (PangoLayout **cells,
            guint         n_columns)
{
  double height = 0;

  for (guint c = 0; c < n_columns; c++)
    height = MAX (height, layout_height (cells[c]));
  return height + 2 * CELL_PAD_Y;
}

static TableLayout *
layout_table (PursuitPdfWriter *self,
              Block            *block)
{
  TableLayout *table = g_new0 (TableLayout, 1);
  guint n = block->n_columns;
  g_autofree double *natural = g_new0 (double, n);
  g_autofree double *least = g_new0 (double, n);

  table->n_columns = n;
  table->numeric_right = block->numeric_right;
  table->widths = g_new0 (double, n);
  table->header = g_new0 (PangoLayout *, n);
  table->rows = g_ptr_array_new ();
  table->row_heights = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint c = 0; c < n; c++)
    {
      table->header[c] = _pursuit_pdf_writer_create_layout (self, block->headers[c],
                                                            TABLE_SIZE, TRUE, -1);
      natural[c] = _pursuit_pdf_layout_natural_width (table->header[c]);
      least[c] = widest_word (self, block->headers[c], TRUE);
    }

  for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      PangoLayout **cells = g_new0 (PangoLayout *, n);

      for (guint c = 0; c < n; c++)
        {
          cells[c] = _pursuit_pdf_writer_create_layout (self, row[c], TABLE_SIZE, FALSE, -1);
          natural[c] = MAX (natural[c], _pursuit_pdf_layout_natural_width (cells[c]));
          /* Numbers never wrap; labels may. */
          if (block->numeric_right && c > 0)
            least[c] = MAX (least[c], _pursuit_pdf_layout_natural_width (cells[c]));
        }
      g_ptr_array_add (table->rows, cells);
    }

  for (guint c = 0; c < n; c++)
    {
      natural[c] += 2 * CELL_PAD_X;
      least[c] += 2 * CELL_PAD_X;
    }
  compute_column_widths (natural, least, n, pursuit_pdf_writer_get_content_width (self),
                         block->numeric_right, table->widths);

  for (guint c = 0; c < n; c++)
    set_cell_width (table->header[c], table->widths[c], block->numeric_right && c > 0);
  table->header_height = row_height (table->header, n);

  for (guint r = 0; r < table->rows->len; r++)
    {
      PangoLayout **cells = g_ptr_array_index (table->rows, r);
      double height;

      for (guint c = 0; c < n; c++)
        set_cell_width (cells[c], table->widths[c], block->numeric_right && c > 0);
      height = row_height (cells, n);
      g_array_append_val (table->row_heights, height);
    }

  return table;
}

static void
place_row (PursuitPdfWriter *self,
           TableLayout      *table,
           PangoLayout     **cells,
           double            height,
           gboolean          header)
{
  double x = MARGIN;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double offset = CELL_PAD_X;

      if (table->numeric_right && c > 0 && pango_layout_get_width (cells[c]) < 0)
        offset = table->widths[c] - CELL_PAD_X - _pursuit_pdf_layout_natural_width (cells[c]);
      place_lines (self, cells[c], 0, pango_layout_get_line_count (cells[c]),
                   x + offset, self->y + CELL_PAD_Y, TEXT_GRAY);
      x += table->widths[c];
    }
  self->y += height;
  place_rule (self, MARGIN, self->y, pursuit_pdf_writer_get_content_width (self),
              header ? 0.8 : 0.4, header ? HEADER_RULE_GRAY : RULE_GRAY);
}

static void
place_table (PursuitPdfWriter *self,
             TableLayout      *table)
{
  double first_row = table->rows->len > 0 ? g_array_index (table->row_heights, double, 0) : 0;

  /* The header never stays behind alone at the foot of a page. */
  ensure_space (self, table->header_height + first_row);
  place_row (self, table, table->header, table->header_height, TRUE);

  for (guint r = 0; r < table->rows->len; r++)
    {
      double height = g_array_index (table->row_heights, double, r);

      if (self->y + height > content_bottom (self))
        {
          start_page (self);
          place_row (self, table, table->header, table->header_height, TRUE);
        }
      place_row (self, table, g_ptr_array_index (table->rows, r), height, FALSE);
    }
}

/* Laying out blocks ------------------------------------------------------ */

typedef struct
{
  PangoLayout *layout;           /* text blocks */
  TableLayout *table;            /* tables */
} Prepared;

static double
heading_size (int level)
{
  switch (level)
    {
    case 1:
      return 20.0;
    case 2:
      return 14.0;
    default:
      return 11.5;
    }
}

static void
prepare_block (PursuitPdfWriter *self,
               Block            *block,
               Prepared         *prepared)
{
  double width = pursuit_pdf_writer_get_content_width (self);

  switch (block->kind)
    {
    case BLOCK_HEADING:
      prepared->layout = _pursuit_pdf_writer_create_layout (self, block->text,
                                                            heading_size (block->level), TRUE, width);
      break;
    case BLOCK_PARAGRAPH:
      prepared->layout = _pursuit_pdf_writer_create_layout (self, block->text, BODY_SIZE, FALSE, width);
      pango_layout_set_spacing (prepared->layout, 2 * PANGO_SCALE);
      break;
    case BLOCK_CAPTION:
      prepared->layout = _pursuit_pdf_writer_create_layout (self, block->text, CAPTION_SIZE, FALSE, width);
      break;
    case BLOCK_TABLE:
      prepared->table = layout_table (self, block);
      break;
    case BLOCK_DRAWING:
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

static void
prepared_clear (Prepared *prepared)
{
  g_clear_object (&prepared->layout);
  g_clear_pointer (&prepared->table, table_layout_free);
}

/* What must fit under a heading for it to stay on this page: the next
 * block's first line, first row or whole drawing. */
static double
lead_height (PursuitPdfWriter *self,
             Block            *block,
             Prepared         *prepared)
{
  if (block == NULL)
    return 0;

  switch (block->kind)
    {
    case BLOCK_HEADING:
    case BLOCK_PARAGRAPH:
    case BLOCK_CAPTION:
      return first_line_height (prepared->layout);
    case BLOCK_TABLE:
      return prepared->table->header_height
             + (prepared->table->rows->len > 0
                ? g_array_index (prepared->table->row_heights, double, 0) : 0);
    case BLOCK_DRAWING:
      return MIN (block->height, content_height (self));
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
place_drawing (PursuitPdfWriter *self,
               Block            *block)
{
  Item item = { 0 };
  double width = pursuit_pdf_writer_get_content_width (self);
  double height = block->height;

  /* A drawing taller than a page is scaled down to fit one. */
  if (height > content_height (self))
    {
      width *= content_height (self) / height;
      height = content_height (self);
    }

  ensure_space (self, height);
  item.kind = ITEM_SURFACE;
  item.surface = cairo_surface_reference (block->recording);
  item.x = MARGIN;
  item.y = self->y;
  item.width = width;
  item.height = height;
  g_array_append_val (current_page (self), item);
  self->page_empty = FALSE;
  self->y += height;
}

static void
place_block (PursuitPdfWriter *self,
             Block            *block,
             Prepared         *prepared,
             Block            *next,
             Prepared         *next_prepared)
{
  switch (block->kind)
    {
    case BLOCK_HEADING:
      add_vertical_space (self, block->level <= 1 ? 0 : (block->level == 2 ? 16 : 10));
      ensure_space (self, layout_height (prepared->layout) + 6 + lead_height (self, next, next_prepared));
      flow_layout (self, prepared->layout, MARGIN, TEXT_GRAY);
      add_vertical_space (self, 6);
      break;
    case BLOCK_PARAGRAPH:
      flow_layout (self, prepared->layout, MARGIN, TEXT_GRAY);
      add_vertical_space (self, 8);
      break;
    case BLOCK_CAPTION:
      flow_layout (self, prepared->layout, MARGIN, MUTED_GRAY);
      add_vertical_space (self, 6);
      break;
    case BLOCK_TABLE:
      place_table (self, prepared->table);
      add_vertical_space (self, 12);
      break;
    case BLOCK_DRAWING:
      place_drawing (self, block);
      add_vertical_space (self, 10);
      break;
    case BLOCK_SPACE:
      add_vertical_space (self, block->height);
      break;
    case BLOCK_PAGE_BREAK:
      if (!self->page_empty)
        start_page (self);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
_pursuit_pdf_writer_lay_out (PursuitPdfWriter *self)
{
  guint n = self->blocks->len;
  g_autofree Prepared *prepared = g_new0 (Prepared, n + 1);

  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  {
    /* Unhinted metrics, so what is measured is what the PDF shows. */
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (self->context, options);
    cairo_font_options_destroy (options);
  }

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  start_page (self);

  for (guint i = 0; i < n; i++)
    prepare_block (self, g_ptr_array_index (self->blocks, i), &prepared[i]);

  for (guint i = 0; i < n; i++)
    {
      guint j = i + 1;

      /* A heading keeps with the next block that shows something. */
      while (j < n && ((Block *) g_ptr_array_index (self->blocks, j))->kind == BLOCK_SPACE)
        j++;
      place_block (self, g_ptr_array_index (self->blocks, i), &prepared[i],
                   j < n ? g_ptr_array_index (self->blocks, j) : NULL, &prepared[MIN (j, n)]);
      /* The layouts live on in the items that show them. */
      prepared_clear (&prepared[i]);
    }

  self->n_pages = self->pages->len;
}
