/* pursuit-pdf-writer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-pdf-writer"

#include "config.h"

#include <string.h>

#include "pursuit-pdf-writer-private.h"

/* The writer only records blocks while they are added. finish() then
 * lays them out in one pass (creating every Pango layout once and
 * placing lines, rows and drawings on pages) and draws the pages in a
 * second one: the footers need the page count, which is only known once
 * everything is placed. */

G_DEFINE_FINAL_TYPE (PursuitPdfWriter, pursuit_pdf_writer, G_TYPE_OBJECT)

/* Paper sizes ------------------------------------------------------------ */

gboolean
pursuit_paper_size_from_string (const char       *text,
                                PursuitPaperSize *out_paper)
{
  PursuitPaperSize paper;

  if (text == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (text, "a4") == 0)
    paper = PURSUIT_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    paper = PURSUIT_PAPER_LETTER;
  else
    return FALSE;

  if (out_paper != NULL)
    *out_paper = paper;
  return TRUE;
}

/* Countries that print on US Letter. */
static const char * const letter_regions[] = {
  "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI",
  "DO", "PR", "BZ", NULL
};

static gboolean
locale_uses_letter (const char *locale)
{
  const char *underscore;
  g_autofree char *region = NULL;
  gsize len;

  if (locale == NULL || *locale == '\0')
    return FALSE;

  underscore = strchr (locale, '_');
  if (underscore == NULL)
    return FALSE;

  len = strcspn (underscore + 1, ".@");
  region = g_ascii_strup (underscore + 1, len);
  return g_strv_contains (letter_regions, region);
}

PursuitPaperSize
pursuit_paper_size_for_locale (void)
{
  /* The same precedence as setlocale (): LC_ALL, then LC_PAPER, then LANG. */
  static const char * const variables[] = { "LC_ALL", "LC_PAPER", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return locale_uses_letter (value) ? PURSUIT_PAPER_LETTER : PURSUIT_PAPER_A4;
    }

  return PURSUIT_PAPER_A4;
}

/* Blocks ------------------------------------------------------------------ */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_strfreev (block->headers);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->recording, cairo_surface_destroy);
  g_free (block);
}

static Block *
append_block (PursuitPdfWriter *self,
              BlockKind         kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

/* Invalid UTF-8 is replaced rather than refused: a report must not fail
 * because one company name came in broken. */
static char *
sanitize_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return g_utf8_make_valid (text, -1);
}

/* Table cells stay on one paragraph so the line cap holds. */
static char *
sanitize_cell (const char *text)
{
  char *cell = sanitize_text (text);

  for (char *p = cell; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return cell;
}

/* GObject ------------------------------------------------------------------ */

static void
pursuit_pdf_writer_finalize (GObject *object)
{
  PursuitPdfWriter *self = (PursuitPdfWriter *) object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (pursuit_pdf_writer_parent_class)->finalize (object);
}

static void
pursuit_pdf_writer_class_init (PursuitPdfWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_pdf_writer_finalize;
}

static void
pursuit_pdf_writer_init (PursuitPdfWriter *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->number_single_page = TRUE;
}

/* Public API ------------------------------------------------------------------ */

PursuitPdfWriter *
pursuit_pdf_writer_new (GFile            *file,
                        PursuitPaperSize  paper,
                        const char       *title)
{
  PursuitPdfWriter *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (paper == PURSUIT_PAPER_A4 || paper == PURSUIT_PAPER_LETTER, NULL);

  self = g_object_new (PURSUIT_TYPE_PDF_WRITER, NULL);
  self->file = g_object_ref (file);
  self->paper = paper;
  self->title = sanitize_text (title);
  if (paper == PURSUIT_PAPER_LETTER)
    {
      self->page_width = 612;
      self->page_height = 792;
    }
  else
    {
      self->page_width = 595;
      self->page_height = 842;
    }
  return self;
}

void
pursuit_pdf_writer_set_number_single_page (PursuitPdfWriter *self,
                                           gboolean          number)
{
  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));

  self->number_single_page = !!number;
}

double
pursuit_pdf_writer_get_content_width (PursuitPdfWriter *self)
{
  g_return_val_if_fail (PURSUIT_IS_PDF_WRITER (self), 0);

  return self->page_width - 2 * MARGIN;
}

void
pursuit_pdf_writer_add_heading (PursuitPdfWriter *self,
                                int               level,
                                const char       *text)
{
  Block *block;

  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  block = append_block (self, BLOCK_HEADING);
  block->level = CLAMP (level, 1, 3);
  block->text = sanitize_text (text);
}

void
pursuit_pdf_writer_add_paragraph (PursuitPdfWriter *self,
                                  const char       *text)
{
  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  append_block (self, BLOCK_PARAGRAPH)->text = sanitize_text (text);
}

void
pursuit_pdf_writer_add_caption (PursuitPdfWriter *self,
                                const char       *text)
{
  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  append_block (self, BLOCK_CAPTION)->text = sanitize_text (text);
}

void
pursuit_pdf_writer_add_table (PursuitPdfWriter   *self,
                              const char * const *headers,
                              guint               n_columns,
                              GPtrArray          *rows,
                              gboolean            numeric_columns_right)
{
  Block *block;

  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);
  g_return_if_fail (headers != NULL);
  g_return_if_fail (n_columns > 0);

  block = append_block (self, BLOCK_TABLE);
  block->n_columns = n_columns;
  block->numeric_right = numeric_columns_right;
  block->headers = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    block->headers[c] = sanitize_cell (headers[c]);

  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint r = 0; rows != NULL && r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      char **copy = g_new0 (char *, n_columns + 1);
      gboolean ended = row == NULL;

      /* Never read past a NULL: a short GStrv row ends there. */
      for (guint c = 0; c < n_columns; c++)
        {
          ended = ended || row[c] == NULL;
          copy[c] = sanitize_cell (ended ? NULL : row[c]);
        }
      g_ptr_array_add (block->rows, copy);
    }
}

void
pursuit_pdf_writer_add_drawing (PursuitPdfWriter   *self,
                                double              height,
                                PursuitPdfDrawFunc  draw,
                                gpointer            user_data)
{
  Block *block;
  cairo_rectangle_t extents;
  cairo_t *cr;

  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);
  g_return_if_fail (draw != NULL);
  g_return_if_fail (height > 0);

  /* Recorded now, replayed as vectors when the page is drawn: the caller's
   * data need not outlive this call. */
  extents.x = 0;
  extents.y = 0;
  extents.width = pursuit_pdf_writer_get_content_width (self);
  extents.height = height;

  block = append_block (self, BLOCK_DRAWING);
  block->height = height;
  block->recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (block->recording);
  cairo_rectangle (cr, 0, 0, extents.width, extents.height);
  cairo_clip (cr);
  draw (cr, extents.width, extents.height, user_data);
  cairo_destroy (cr);
}

void
pursuit_pdf_writer_add_space (PursuitPdfWriter *self,
                              double            points)
{
  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  if (points > 0)
    append_block (self, BLOCK_SPACE)->height = points;
}

void
pursuit_pdf_writer_page_break (PursuitPdfWriter *self)
{
  g_return_if_fail (PURSUIT_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  append_block (self, BLOCK_PAGE_BREAK);
}

gboolean
pursuit_pdf_writer_finish (PursuitPdfWriter  *self,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_return_val_if_fail (PURSUIT_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->finished = TRUE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  _pursuit_pdf_writer_lay_out (self);
  return _pursuit_pdf_writer_write (self, cancellable, error);
}

guint
pursuit_pdf_writer_get_n_pages (PursuitPdfWriter *self)
{
  g_return_val_if_fail (PURSUIT_IS_PDF_WRITER (self), 0);

  return self->n_pages;
}
