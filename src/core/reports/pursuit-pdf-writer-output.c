/* pursuit-pdf-writer-output.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-pdf-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "pursuit-pdf-writer-private.h"

/* Output: the pages drawn into a PDF stream, with their footers, into a
 * hidden file beside the target that replaces it only at the end. */

/* Drawing ------------------------------------------------------------------ */

static void
draw_lines (cairo_t    *cr,
            const Item *item)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (item->layout);
  int line = 0;

  cairo_set_source_rgb (cr, item->gray, item->gray, item->gray);
  do
    {
      if (line >= item->first_line)
        {
          PangoRectangle logical;
          int baseline;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          baseline = pango_layout_iter_get_baseline (iter);
          cairo_move_to (cr,
                         item->x + pango_units_to_double (logical.x),
                         item->y + pango_units_to_double (baseline));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < item->first_line + item->n_lines && pango_layout_iter_next_line (iter));
}

static void
draw_item (cairo_t    *cr,
           const Item *item)
{
  switch (item->kind)
    {
    case ITEM_LINES:
      draw_lines (cr, item);
      break;
    case ITEM_SURFACE:
      {
        cairo_rectangle_t extents;

        cairo_save (cr);
        cairo_translate (cr, item->x, item->y);
        if (cairo_recording_surface_get_extents (item->surface, &extents) && extents.height > 0)
          cairo_scale (cr, item->height / extents.height, item->height / extents.height);
        cairo_set_source_surface (cr, item->surface, 0, 0);
        cairo_paint (cr);
        cairo_restore (cr);
      }
      break;
    case ITEM_RULE:
      cairo_set_source_rgb (cr, item->gray, item->gray, item->gray);
      cairo_set_line_width (cr, item->height);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
draw_footer (PursuitPdfWriter *self,
             cairo_t          *cr,
             guint             page)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autoptr(PangoLayout) layout = _pursuit_pdf_writer_create_layout (self, text, FOOTER_SIZE, FALSE, -1);
  double width = _pursuit_pdf_layout_natural_width (layout);

  cairo_set_source_rgb (cr, MUTED_GRAY, MUTED_GRAY, MUTED_GRAY);
  cairo_move_to (cr, (self->page_width - width) / 2, self->page_height - MARGIN + FOOTER_GAP);
  pango_cairo_show_layout (cr, layout);
}

typedef struct
{
  GOutputStream *stream;
  GCancellable *cancellable;
  GError *error;
} WriteState;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteState *state = closure;

  if (state->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (state->stream, data, length, NULL,
                                  state->cancellable, &state->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render_pdf (PursuitPdfWriter *self,
            GOutputStream    *stream,
            GCancellable     *cancellable,
            GError          **error)
{
  WriteState state = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  surface = cairo_pdf_surface_create_for_stream (write_cb, &state,
                                                 self->page_width, self->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Pursuit");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cr = cairo_create (surface);

  for (guint p = 0; p < self->pages->len && state.error == NULL; p++)
    {
      GArray *items = g_ptr_array_index (self->pages, p);

      if (g_cancellable_set_error_if_cancelled (cancellable, &state.error))
        break;

      for (guint i = 0; i < items->len; i++)
        draw_item (cr, &g_array_index (items, Item, i));
      if (self->n_pages > 1 || self->number_single_page)
        draw_footer (self, cr, p);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* A hidden file beside the target, so the final rename stays on one file
 * system and is atomic. */
static GFileOutputStream *
create_temp_beside (GFile         *file,
                    GFile        **out_temp,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);

  if (parent == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Cannot write a PDF to “%s”"), basename);
      return NULL;
    }

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      /* Not named after the target: a name near the length limit must
       * still leave room. */
      g_autofree char *name = g_strdup_printf (".pursuit-%08x.pdf.tmp", g_random_int ());
      g_autoptr(GFile) temp = g_file_get_child (parent, name);
      GFileOutputStream *stream;

      stream = g_file_create (temp, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (stream != NULL)
        {
          *out_temp = g_steal_pointer (&temp);
          return stream;
        }
      if (attempt >= 8 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

gboolean
_pursuit_pdf_writer_write (PursuitPdfWriter  *self,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GFileOutputStream) file_stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  file_stream = create_temp_beside (self->file, &temp, cancellable, error);
  if (file_stream == NULL)
    return FALSE;

  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (file_stream), 64 * 1024);
  ok = render_pdf (self, buffered, cancellable, &local_error)
       && g_output_stream_close (buffered, cancellable, &local_error)
       && g_file_move (temp, self->file, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                       cancellable, NULL, NULL, &local_error);

  if (!ok)
    {
      /* The target is untouched; only the temporary file goes. */
      g_output_stream_close (buffered, NULL, NULL);
      g_file_delete (temp, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
