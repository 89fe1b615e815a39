/* pursuit-pdf-writer-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "pursuit-pdf-writer.h"

G_BEGIN_DECLS

/* The writer's parts: pursuit-pdf-writer.c records blocks,
 * pursuit-pdf-writer-layout.c places them on pages, and
 * pursuit-pdf-writer-output.c draws the pages into the file. */

#define MARGIN 56.0
#define FOOTER_GAP 20.0
#define FONT_FAMILY "Sans"
#define BODY_SIZE 10.5
#define CAPTION_SIZE 9.0
#define TABLE_SIZE 9.0
#define FOOTER_SIZE 8.5
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0
/* A cell is clipped (ellipsized) after this many lines, so that one row
 * always fits on a page. */
#define CELL_MAX_LINES 12

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_CAPTION,
  BLOCK_TABLE,
  BLOCK_DRAWING,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  BlockKind kind;
  int level;
  char *text;
  /* tables */
  GStrv headers;
  guint n_columns;
  GPtrArray *rows;               /* of GStrv, n_columns cells each */
  gboolean numeric_right;
  /* drawings and spaces */
  double height;
  cairo_surface_t *recording;
} Block;

typedef enum
{
  ITEM_LINES,
  ITEM_SURFACE,
  ITEM_RULE,
} ItemKind;

/* Something drawn on a page, in page coordinates. */
typedef struct
{
  ItemKind kind;
  double x;
  double y;
  /* ITEM_LINES: lines [first_line, first_line + n_lines) of a layout
   * whose origin is at (x, y) */
  PangoLayout *layout;
  int first_line;
  int n_lines;
  double gray;
  /* ITEM_SURFACE: a recording scaled to width × height;
   * ITEM_RULE: a horizontal line width long, height thick */
  cairo_surface_t *surface;
  double width;
  double height;
} Item;

struct _PursuitPdfWriter
{
  GObject parent_instance;

  GFile *file;
  PursuitPaperSize paper;
  char *title;
  double page_width;
  double page_height;

  GPtrArray *blocks;             /* of Block */

  /* layout state, filled by finish() */
  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray *pages;              /* of GArray of Item */
  double y;                      /* next free position on the last page */
  gboolean page_empty;

  gboolean number_single_page;
  gboolean finished;
  guint n_pages;
};

#define TEXT_GRAY 0.12
#define MUTED_GRAY 0.40
#define RULE_GRAY 0.80
#define HEADER_RULE_GRAY 0.45

/* pursuit-pdf-writer-layout.c */
PangoLayout *_pursuit_pdf_writer_create_layout (PursuitPdfWriter *self,
                                                const char       *text,
                                                double            size,
                                                gboolean          bold,
                                                double            width);
double       _pursuit_pdf_layout_natural_width (PangoLayout      *layout);
/* Fills self->pages and self->n_pages from self->blocks. */
void         _pursuit_pdf_writer_lay_out       (PursuitPdfWriter *self);

/* pursuit-pdf-writer-output.c: draws the pages into a file beside the
 * target and moves it into place. */
gboolean     _pursuit_pdf_writer_write         (PursuitPdfWriter *self,
                                                GCancellable     *cancellable,
                                                GError          **error);

G_END_DECLS
