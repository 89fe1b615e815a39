/* pursuit-pdf-writer.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_PAPER_A4,      /* 595 × 842 points */
  PURSUIT_PAPER_LETTER,  /* 612 × 792 points */
} PursuitPaperSize;

/* "a4" or "letter" (case-insensitive); FALSE for anything else. */
gboolean         pursuit_paper_size_from_string (const char       *text,
                                                 PursuitPaperSize *out_paper);
/* The paper the locale prints on: Letter in the US and Canada
 * (LC_PAPER / LC_ALL / LANG region US, CA, MX, PH…), A4 elsewhere. */
PursuitPaperSize pursuit_paper_size_for_locale  (void);

typedef void (*PursuitPdfDrawFunc) (cairo_t *cr,
                                    double   width,
                                    double   height,
                                    gpointer user_data);

/* Lays out a document top to bottom in flowing blocks on pages of one
 * size with 56-point margins, starting a new page when a block does not
 * fit (a table's header row repeats; a paragraph splits between lines),
 * with "Page N of M" in every footer. Text goes through Pango as plain
 * text, never markup, so it stays selectable and searchable in the PDF.
 * Nothing reaches @file until pursuit_pdf_writer_finish() succeeds: it is
 * written beside it and renamed, so a failure leaves no half-written PDF. */
#define PURSUIT_TYPE_PDF_WRITER (pursuit_pdf_writer_get_type ())
G_DECLARE_FINAL_TYPE (PursuitPdfWriter, pursuit_pdf_writer, PURSUIT, PDF_WRITER, GObject)

/* @title goes into the PDF's metadata. */
PursuitPdfWriter *pursuit_pdf_writer_new           (GFile            *file,
                                                    PursuitPaperSize  paper,
                                                    const char       *title);
/* TRUE (the default): "Page 1 of 1" on a one-page document too; FALSE
 * leaves the footer of a single page empty (a one-page letter). */
void              pursuit_pdf_writer_set_number_single_page (PursuitPdfWriter *self,
                                                             gboolean          number);
/* The width of the text column in points. */
double            pursuit_pdf_writer_get_content_width (PursuitPdfWriter *self);
/* Level 1: the document's title; 2: a section; 3: a subsection. A heading
 * never ends a page alone: it moves with the block after it. */
void              pursuit_pdf_writer_add_heading   (PursuitPdfWriter *self,
                                                    int               level,
                                                    const char       *text);
/* Plain text; "\n" breaks lines, "\n\n" paragraphs. Invalid UTF-8 is
 * replaced, never refused. */
void              pursuit_pdf_writer_add_paragraph (PursuitPdfWriter *self,
                                                    const char       *text);
/* Smaller, muted text (captions, dates). */
void              pursuit_pdf_writer_add_caption   (PursuitPdfWriter *self,
                                                    const char       *text);
/* A table: @headers has @n_columns entries; each row of @rows is a
 * char ** of @n_columns cells (a NULL cell ends the row: the cells after
 * it are empty; a NULL row is an empty one). Columns after the first are right-aligned
 * when @numeric_columns_right is TRUE. Long cells wrap. */
void              pursuit_pdf_writer_add_table     (PursuitPdfWriter *self,
                                                    const char * const *headers,
                                                    guint             n_columns,
                                                    GPtrArray        *rows,
                                                    gboolean          numeric_columns_right);
/* A drawing @height points tall across the text column; @draw is called
 * at once with the cairo context translated to the drawing's top left. */
void              pursuit_pdf_writer_add_drawing   (PursuitPdfWriter *self,
                                                    double            height,
                                                    PursuitPdfDrawFunc draw,
                                                    gpointer          user_data);
void              pursuit_pdf_writer_add_space     (PursuitPdfWriter *self,
                                                    double            points);
void              pursuit_pdf_writer_page_break    (PursuitPdfWriter *self);
/* Finishes every page and moves the file into place. Returns FALSE with
 * a G_IO_ERROR when it cannot be written. Called once. */
gboolean          pursuit_pdf_writer_finish        (PursuitPdfWriter *self,
                                                    GCancellable     *cancellable,
                                                    GError          **error);
/* The number of pages once pursuit_pdf_writer_finish () has laid the
 * document out; 0 before. */
guint             pursuit_pdf_writer_get_n_pages   (PursuitPdfWriter *self);

G_END_DECLS
