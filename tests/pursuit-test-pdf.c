/* pursuit-test-pdf.c: the PDFs the tests write, read back with poppler.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-test-pdf.h"

TestPdf *
test_pdf_open (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  TestPdf *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

TestPdf *
test_pdf_open_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return test_pdf_open (file);
}

char *
test_pdf_all_text (TestPdf *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

char *
test_pdf_squash_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
test_pdf_assert_contains (const char *text,
                          const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}
