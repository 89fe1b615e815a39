/* test-pdf-writer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pursuit-pdf-writer.h"
#include "pursuit-test-pdf.h"
#include "pursuit-test-store.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-pdf-writer-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GFile *
fixture_file (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(TestPdfPage) page = poppler_document_get_page (document, index);

  g_assert_nonnull (page);
  return poppler_page_get_text (page);
}

static char *
document_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);

  int n_pages = poppler_document_get_n_pages (document);

  /* Without the footers, so that text running over a page break reads on. */
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = page_text (document, i);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);
      char *at = strstr (text, footer);

      g_assert_nonnull (at);
      memmove (at, at + strlen (footer), strlen (at + strlen (footer)) + 1);
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }
  {
    g_autofree char *raw = g_string_free (all, FALSE);

    return test_pdf_squash_spaces (raw);
  }
}

static void
finish_ok (PursuitPdfWriter *writer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_pdf_writer_finish (writer, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_page_size (PopplerDocument *document,
                  double           width,
                  double           height)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, width, 0.01);
      g_assert_cmpfloat_with_epsilon (h, height, 0.01);
    }
}

static void
test_paper_sizes (Fixture       *fixture,
                  gconstpointer  data)
{
  struct { PursuitPaperSize paper; const char *name; double width, height; } cases[] = {
    { PURSUIT_PAPER_A4, "a4.pdf", 595, 842 },
    { PURSUIT_PAPER_LETTER, "letter.pdf", 612, 792 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = fixture_file (fixture, cases[i].name);
      g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, cases[i].paper, "Sizes");
      g_autoptr(TestPdf) document = NULL;
      g_autofree char *text = NULL;

      g_assert_cmpfloat_with_epsilon (pursuit_pdf_writer_get_content_width (writer),
                                      cases[i].width - 2 * 56, 0.01);
      pursuit_pdf_writer_add_heading (writer, 1, "Paper test");
      pursuit_pdf_writer_add_paragraph (writer, "One short paragraph.");
      finish_ok (writer);
      g_assert_cmpuint (pursuit_pdf_writer_get_n_pages (writer), ==, 1);

      document = test_pdf_open (file);
      g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
      assert_page_size (document, cases[i].width, cases[i].height);
      text = document_text (document);
      g_assert_nonnull (strstr (text, "Paper test"));
      g_assert_nonnull (strstr (text, "One short paragraph."));
    }
}

static void
test_paper_parsing (void)
{
  PursuitPaperSize paper = PURSUIT_PAPER_LETTER;

  g_assert_true (pursuit_paper_size_from_string ("A4", &paper));
  g_assert_cmpint (paper, ==, PURSUIT_PAPER_A4);
  g_assert_true (pursuit_paper_size_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, PURSUIT_PAPER_LETTER);
  g_assert_true (pursuit_paper_size_from_string ("LeTTeR", NULL));
  g_assert_false (pursuit_paper_size_from_string ("a5", &paper));
  g_assert_false (pursuit_paper_size_from_string ("", &paper));
  g_assert_false (pursuit_paper_size_from_string ("a4 ", &paper));
  g_assert_false (pursuit_paper_size_from_string (NULL, &paper));
  g_assert_cmpint (paper, ==, PURSUIT_PAPER_LETTER);
}

static void
test_paper_locale (void)
{
  struct { const char *all, *paper, *lang; PursuitPaperSize expected; } cases[] = {
    { NULL, NULL, "en_US.UTF-8", PURSUIT_PAPER_LETTER },
    { NULL, NULL, "fr_CA.UTF-8", PURSUIT_PAPER_LETTER },
    { NULL, NULL, "es_MX", PURSUIT_PAPER_LETTER },
    { NULL, NULL, "en_GB.UTF-8", PURSUIT_PAPER_A4 },
    { NULL, NULL, "de_DE.UTF-8@euro", PURSUIT_PAPER_A4 },
    { NULL, NULL, "C", PURSUIT_PAPER_A4 },
    { NULL, NULL, NULL, PURSUIT_PAPER_A4 },
    { NULL, "en_US.UTF-8", "de_DE.UTF-8", PURSUIT_PAPER_LETTER },
    { NULL, "de_DE.UTF-8", "en_US.UTF-8", PURSUIT_PAPER_A4 },
    { "en_US.UTF-8", "de_DE.UTF-8", "de_DE", PURSUIT_PAPER_LETTER },
    { "C.UTF-8", "en_US.UTF-8", NULL, PURSUIT_PAPER_A4 },
    { NULL, NULL, "en_us", PURSUIT_PAPER_LETTER },
    { NULL, NULL, "_", PURSUIT_PAPER_A4 },
  };
  g_autofree char *saved_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *saved_paper = g_strdup (g_getenv ("LC_PAPER"));
  g_autofree char *saved_lang = g_strdup (g_getenv ("LANG"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };
      const char *values[] = { cases[i].all, cases[i].paper, cases[i].lang };

      for (guint v = 0; v < G_N_ELEMENTS (names); v++)
        {
          if (values[v] != NULL)
            g_setenv (names[v], values[v], TRUE);
          else
            g_unsetenv (names[v]);
        }
      g_assert_cmpint (pursuit_paper_size_for_locale (), ==, cases[i].expected);
    }

  if (saved_all != NULL) g_setenv ("LC_ALL", saved_all, TRUE); else g_unsetenv ("LC_ALL");
  if (saved_paper != NULL) g_setenv ("LC_PAPER", saved_paper, TRUE); else g_unsetenv ("LC_PAPER");
  if (saved_lang != NULL) g_setenv ("LANG", saved_lang, TRUE); else g_unsetenv ("LANG");
}

static void
test_long_paragraph (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "long.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Long");
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  int n_pages;

  for (int i = 0; i < 400; i++)
    g_string_append_printf (text, "Sentence number %d of a very long paragraph that wraps. ", i);
  pursuit_pdf_writer_add_paragraph (writer, text->str);
  finish_ok (writer);

  document = test_pdf_open (file);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 3);
  g_assert_cmpuint (pursuit_pdf_writer_get_n_pages (writer), ==, n_pages);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *raw = page_text (document, i);
      g_autofree char *squashed = test_pdf_squash_spaces (raw);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);

      g_assert_nonnull (strstr (squashed, footer));
    }

  {
    g_autofree char *all = document_text (document);

    /* Every sentence made it, none was lost at a page split. */
    for (int i = 0; i < 400; i++)
      {
        g_autofree char *needle = g_strdup_printf ("Sentence number %d of", i);

        g_assert_nonnull (strstr (all, needle));
      }
  }
}

static void
test_markup_is_literal (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "markup.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "<i>Title</i>");
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  const char *headers[] = { "<span>Head</span>", "N" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  char *row[] = { (char *) "<u>cell</u> &lt;", (char *) "1", NULL };

  pursuit_pdf_writer_add_heading (writer, 2, "<b>Heading</b>");
  pursuit_pdf_writer_add_paragraph (writer, "<b>x</b> &amp; y");
  pursuit_pdf_writer_add_caption (writer, "caption <tt>z</tt>");
  g_ptr_array_add (rows, row);
  pursuit_pdf_writer_add_table (writer, headers, 2, rows, TRUE);
  finish_ok (writer);

  document = test_pdf_open (file);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "<b>Heading</b>"));
  g_assert_nonnull (strstr (text, "<b>x</b> &amp; y"));
  g_assert_nonnull (strstr (text, "caption <tt>z</tt>"));
  g_assert_nonnull (strstr (text, "<span>Head</span>"));
  g_assert_nonnull (strstr (text, "<u>cell</u> &lt;"));

  title = poppler_document_get_title (document);
  creator = poppler_document_get_creator (document);
  g_assert_cmpstr (title, ==, "<i>Title</i>");
  g_assert_cmpstr (creator, ==, "Pursuit");
  g_assert_cmpint (poppler_document_get_creation_date (document), >, 0);
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "utf8.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Bad \xff title");
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *text = NULL;
  const char *headers[] = { "Comp\xc3" "any", "Count" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  char *row[] = { (char *) "Caf\xe9 Ltd", NULL, NULL };  /* a NULL cell too */

  pursuit_pdf_writer_add_heading (writer, 1, "Broken \xfe\xff heading");
  pursuit_pdf_writer_add_paragraph (writer, "Valid start \xc3\x28 valid end");
  pursuit_pdf_writer_add_paragraph (writer, NULL);
  pursuit_pdf_writer_add_paragraph (writer, "");
  g_ptr_array_add (rows, row);
  g_ptr_array_add (rows, NULL);  /* a missing row is an empty one */
  pursuit_pdf_writer_add_table (writer, headers, 2, rows, FALSE);
  finish_ok (writer);

  document = test_pdf_open (file);
  text = document_text (document);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "Valid start"));
  g_assert_nonnull (strstr (text, "valid end"));
  g_assert_nonnull (strstr (text, "Broken"));
  g_assert_nonnull (strstr (text, "Ltd"));
  g_assert_nonnull (strstr (text, "\xef\xbf\xbd"));  /* U+FFFD */
}

static void
test_table_repeats_header (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "table.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_LETTER, "Table");
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headers[] = { "Companyheader", "Applicationsheader", "Rateheader" };
  int n_pages;

  pursuit_pdf_writer_add_heading (writer, 1, "Big table");
  for (int i = 0; i < 150; i++)
    {
      char **row = g_new0 (char *, 4);

      row[0] = g_strdup_printf ("Company%03d", i);
      row[1] = g_strdup_printf ("%d", i * 7);
      /* Some cells wrap over several lines. */
      row[2] = i % 10 == 0
               ? g_strdup ("a long cell that needs several lines in a narrow column, and then some more words to be sure")
               : g_strdup_printf ("%d%%", i % 100);
      g_ptr_array_add (rows, row);
    }
  pursuit_pdf_writer_add_table (writer, headers, 3, rows, TRUE);
  finish_ok (writer);

  document = test_pdf_open (file);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 2);

  for (int p = 0; p < n_pages; p++)
    {
      g_autofree char *text = page_text (document, p);

      g_assert_nonnull (strstr (text, "Companyheader"));
      g_assert_nonnull (strstr (text, "Rateheader"));
    }

  {
    g_autofree char *all = document_text (document);

    for (int i = 0; i < 150; i++)
      {
        g_autofree char *name = g_strdup_printf ("Company%03d", i);
        char *first = strstr (all, name);

        /* Every row once: no row is repeated or lost at a page break. */
        g_assert_nonnull (first);
        g_assert_null (strstr (first + 1, name));
      }
  }
}

/* With any amount of text before it, a heading lands on the same page as
 * the first line after it. */
static void
test_heading_keeps_with_next (Fixture       *fixture,
                              gconstpointer  data)
{
  gboolean moved = FALSE;

  for (int lines = 36; lines < 60; lines++)
    {
      g_autofree char *name = g_strdup_printf ("keep-%d.pdf", lines);
      g_autoptr(GFile) file = fixture_file (fixture, name);
      g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Keep");
      g_autoptr(TestPdf) document = NULL;
      g_autoptr(GString) filler = g_string_new (NULL);
      int heading_page = -1;
      int body_page = -1;

      for (int i = 0; i < lines; i++)
        g_string_append_printf (filler, "filler line %d\n", i);
      pursuit_pdf_writer_add_paragraph (writer, filler->str);
      pursuit_pdf_writer_add_heading (writer, 2, "Theheading");
      pursuit_pdf_writer_add_paragraph (writer, "Thebody follows the heading.");
      finish_ok (writer);

      document = test_pdf_open (file);
      for (int p = 0; p < poppler_document_get_n_pages (document); p++)
        {
          g_autofree char *text = page_text (document, p);

          if (strstr (text, "Theheading") != NULL)
            heading_page = p;
          if (strstr (text, "Thebody") != NULL)
            body_page = p;
        }
      g_assert_cmpint (heading_page, >=, 0);
      g_assert_cmpint (heading_page, ==, body_page);
      if (heading_page == 1)
        {
          g_autofree char *first = page_text (document, 0);
          g_autofree char *last = g_strdup_printf ("filler line %d\n", lines - 1);

          /* The filler stayed on page one; only the heading moved. */
          if (strstr (first, last) != NULL)
            moved = TRUE;
        }
    }

  g_assert_true (moved);
}

typedef struct
{
  gboolean called;
  double width;
  double height;
} DrawData;

static void
draw_square (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  DrawData *draw = user_data;

  draw->called = TRUE;
  draw->width = width;
  draw->height = height;
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
test_drawing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "drawing.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Drawing");
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  DrawData draw = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 pixel;

  pursuit_pdf_writer_add_drawing (writer, 100, draw_square, &draw);
  /* Called at once, across the text column. */
  g_assert_true (draw.called);
  g_assert_cmpfloat_with_epsilon (draw.width, 595 - 2 * 56, 0.01);
  g_assert_cmpfloat_with_epsilon (draw.height, 100, 0.01);
  pursuit_pdf_writer_add_caption (writer, "Under the drawing");
  finish_ok (writer);

  document = test_pdf_open (file);
  page = poppler_document_get_page (document, 0);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Inside the square (at 56 + 50, 56 + 50): red; above it: white. */
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface)
                        + 106 * cairo_image_surface_get_stride (surface) + 106 * 4);
  g_assert_cmphex (pixel & 0xffffff, ==, 0xff0000);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface)
                        + 30 * cairo_image_surface_get_stride (surface) + 106 * 4);
  g_assert_cmphex (pixel & 0xffffff, ==, 0xffffff);
  cairo_surface_destroy (surface);

  {
    g_autofree char *text = document_text (document);

    g_assert_nonnull (strstr (text, "Under the drawing"));
  }
}

static void
test_empty_document (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "empty.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, NULL);
  g_autoptr(TestPdf) document = NULL;

  pursuit_pdf_writer_page_break (writer);
  pursuit_pdf_writer_add_space (writer, 10000);
  finish_ok (writer);
  document = test_pdf_open (file);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
}

static void
test_page_break (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "break.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Break");
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *second = NULL;

  pursuit_pdf_writer_add_paragraph (writer, "Firstpage");
  pursuit_pdf_writer_page_break (writer);
  pursuit_pdf_writer_page_break (writer);  /* no blank page between */
  pursuit_pdf_writer_add_paragraph (writer, "Secondpage");
  finish_ok (writer);

  document = test_pdf_open (file);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 2);
  second = page_text (document, 1);
  g_assert_nonnull (strstr (second, "Secondpage"));
  g_assert_nonnull (strstr (second, "Page 2 of 2"));
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing_dir = g_build_filename (fixture->dir, "missing", "report.pdf", NULL);
  g_autofree char *plain = g_build_filename (fixture->dir, "plain", NULL);
  g_autofree char *under_plain = g_build_filename (plain, "report.pdf", NULL);
  g_autofree char *a_dir = g_build_filename (fixture->dir, "a-dir", NULL);
  const char *paths[] = { missing_dir, under_plain, a_dir };

  g_assert_true (g_file_set_contents (plain, "x", 1, NULL));
  g_assert_cmpint (g_mkdir (a_dir, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "No");
      g_autoptr(GError) error = NULL;

      pursuit_pdf_writer_add_paragraph (writer, "Nothing to see");
      g_assert_false (pursuit_pdf_writer_finish (writer, NULL, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
    }

  /* Nothing new appeared: the file, the folder, no temporary files. */
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (a_dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_dir_entries (a_dir), ==, 0);
  g_assert_cmpuint (count_dir_entries (fixture->dir), ==, 2);
}

static void
test_replace_only_on_success (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "existing.pdf");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));

  /* A cancelled export leaves the old file as it was. */
  {
    g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "New");
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GError) error = NULL;

    pursuit_pdf_writer_add_paragraph (writer, "New contents");
    g_cancellable_cancel (cancellable);
    g_assert_false (pursuit_pdf_writer_finish (writer, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents");
  g_assert_cmpuint (count_dir_entries (fixture->dir), ==, 1);

  /* A successful one replaces it. */
  {
    g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "New");
    g_autoptr(TestPdf) document = NULL;
    g_autofree char *text = NULL;

    pursuit_pdf_writer_add_paragraph (writer, "New contents");
    finish_ok (writer);
    document = test_pdf_open (file);
    text = document_text (document);
    g_assert_nonnull (strstr (text, "New contents"));
  }
  g_assert_cmpuint (count_dir_entries (fixture->dir), ==, 1);
}

/* A name at the file system's limit still works: the temporary file
 * beside it is not named after it. */
static void
test_long_name (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *stem = g_strnfill (251, 'n');
  g_autofree char *name = g_strconcat (stem, ".pdf", NULL);
  g_autoptr(GFile) file = fixture_file (fixture, name);
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Long name");
  g_autoptr(TestPdf) document = NULL;

  pursuit_pdf_writer_add_paragraph (writer, "Short");
  finish_ok (writer);
  document = test_pdf_open (file);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  g_assert_cmpuint (count_dir_entries (fixture->dir), ==, 1);
}

/* Rows given as GStrv shorter than the table: the missing cells are
 * empty, nothing past the NULL is read. */
static void
test_short_rows (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "short.pdf");
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Short rows");
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *text = NULL;
  const char *headers[] = { "Alpha", "Beta", "Gamma" };

  g_ptr_array_add (rows, g_strsplit ("onlyfirst", ",", -1));
  g_ptr_array_add (rows, g_strsplit ("one,two", ",", -1));
  g_ptr_array_add (rows, g_strsplit ("", ",", -1));
  pursuit_pdf_writer_add_table (writer, headers, 3, rows, TRUE);
  finish_ok (writer);

  document = test_pdf_open (file);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "onlyfirst"));
  g_assert_nonnull (strstr (text, "two"));
  g_assert_nonnull (strstr (text, "Gamma"));
}

static void
draw_bar (cairo_t *cr,
          double   width,
          double   height,
          gpointer user_data)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.9);
  cairo_rectangle (cr, 0, 0, width / 2, height);
  cairo_fill (cr);
  pango_layout_set_text (layout, "label", -1);
  pango_cairo_show_layout (cr, layout);
}

static gpointer
write_in_thread (gpointer data)
{
  GFile *file = data;
  g_autoptr(PursuitPdfWriter) writer = pursuit_pdf_writer_new (file, PURSUIT_PAPER_A4, "Thread");
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headers[] = { "Name", "Count" };

  for (int i = 0; i < 80; i++)
    g_ptr_array_add (rows, g_strsplit_set (i % 2 ? "row,1" : "another row,22", ",", -1));
  pursuit_pdf_writer_add_heading (writer, 1, "Written in a thread");
  pursuit_pdf_writer_add_drawing (writer, 60, draw_bar, NULL);
  pursuit_pdf_writer_add_table (writer, headers, 2, rows, TRUE);
  return GINT_TO_POINTER (pursuit_pdf_writer_finish (writer, NULL, NULL));
}

/* The report PDF and the document export run in GTask threads, several
 * at once if the user insists. */
static void
test_threads (Fixture       *fixture,
              gconstpointer  data)
{
  GThread *threads[4];
  GFile *files[G_N_ELEMENTS (threads)];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *name = g_strdup_printf ("thread-%u.pdf", i);

      files[i] = fixture_file (fixture, name);
      threads[i] = g_thread_new ("pdf", write_in_thread, files[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(TestPdf) document = NULL;
      g_autofree char *text = NULL;

      g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
      document = test_pdf_open (files[i]);
      text = document_text (document);
      g_assert_nonnull (strstr (text, "Written in a thread"));
      g_assert_nonnull (strstr (text, "another row"));
      g_object_unref (files[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-writer/paper-parsing", test_paper_parsing);
  g_test_add_func ("/pdf-writer/paper-locale", test_paper_locale);
#define ADD(path, func) \
  g_test_add ("/pdf-writer/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("paper-sizes", test_paper_sizes);
  ADD ("long-paragraph", test_long_paragraph);
  ADD ("markup-is-literal", test_markup_is_literal);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("table-repeats-header", test_table_repeats_header);
  ADD ("heading-keeps-with-next", test_heading_keeps_with_next);
  ADD ("drawing", test_drawing);
  ADD ("empty-document", test_empty_document);
  ADD ("page-break", test_page_break);
  ADD ("unwritable", test_unwritable);
  ADD ("replace-only-on-success", test_replace_only_on_success);
  ADD ("long-name", test_long_name);
  ADD ("short-rows", test_short_rows);
  ADD ("threads", test_threads);
#undef ADD

  return g_test_run ();
}
