/* pursuit-test-pdf.h: the PDFs the tests write, read back with poppler.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <poppler.h>

G_BEGIN_DECLS

/* Poppler 22.12 declares no autoptr cleanups; names of our own cannot
 * clash with the ones newer versions add. */
typedef PopplerDocument TestPdf;
typedef PopplerPage TestPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)

/* The PDF at @file or @path; one that does not open fails the test. */
TestPdf *test_pdf_open            (GFile      *file);
TestPdf *test_pdf_open_path       (const char *path);
/* The text of every page of @document, each followed by a newline. */
char    *test_pdf_all_text        (TestPdf    *document);
/* @text with each run of white space made one space, none in front:
 * poppler may break lines where the PDF does, and a phrase should be
 * found wherever it wraps. */
char    *test_pdf_squash_spaces   (const char *text);
/* Fails the test, showing @text, when @needle is not in it. */
void     test_pdf_assert_contains (const char *text,
                                   const char *needle);

G_END_DECLS
