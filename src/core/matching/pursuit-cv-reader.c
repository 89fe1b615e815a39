/* pursuit-cv-reader.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cv-reader"

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <poppler.h>

#include "pursuit-cv-private.h"

/* A CV is a few pages; anything bigger is a mistake or an attack. */
#define MAX_FILE_SIZE     (20 * 1024 * 1024)
#define MAX_EXPANDED_SIZE (50 * 1024 * 1024)
/* A DOCX has a few dozen parts; a zip with more is not one we read. */
#define MAX_ZIP_ENTRIES   10000

#define DOCX_DOCUMENT "word/document.xml"
#define WORDML_NS     "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static gboolean
has_suffix_nocase (const char *file_name,
                   const char *suffix)
{
  gsize length;
  gsize suffix_length = strlen (suffix);

  if (file_name == NULL)
    return FALSE;

  length = strlen (file_name);
  return length >= suffix_length &&
         g_ascii_strcasecmp (file_name + length - suffix_length, suffix) == 0;
}

static char *
title_from_file_name (const char *file_name)
{
  g_autofree char *base = NULL;
  char *dot;

  if (file_name == NULL || *file_name == '\0')
    return g_strdup (_("CV"));

  base = g_path_get_basename (file_name);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  if (!g_utf8_validate (base, -1, NULL))
    return g_utf8_make_valid (base, -1);

  return g_steal_pointer (&base);
}

/* Text with nothing but white space counts as no text. */
gboolean
_pursuit_cv_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

gboolean
_pursuit_cv_set_empty_error (GError **error)
{
  g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_EMPTY,
                       _("No text could be read from the CV. If it is a scan, save it as a PDF with text or as a Word document."));
  return FALSE;
}

/* PDF */

static gboolean
set_too_large (GError **error)
{
  g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_TOO_LARGE,
                       _("The CV is too large. A CV file may be at most 20 MB and hold at most 50 MB of text."));
  return FALSE;
}


/* Poppler 22.12 defines no autoptr cleanups (later versions do), so the
 * document and pages are released by hand. */
static char *
read_pdf_pages (PopplerDocument  *document,
                GError          **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      char *page_text;

      if (page == NULL)
        continue;

      page_text = poppler_page_get_text (page);
      g_object_unref (page);
      if (page_text == NULL)
        continue;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, page_text);
      g_free (page_text);

      if (text->len > MAX_EXPANDED_SIZE)
        {
          set_too_large (error);
          return NULL;
        }
    }

  if (!g_utf8_validate_len (text->str, text->len, NULL))
    {
      char *valid = g_utf8_make_valid (text->str, text->len);

      g_string_assign (text, valid);
      g_free (valid);
    }

  if (_pursuit_cv_is_blank (text->str))
    {
      _pursuit_cv_set_empty_error (error);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
read_pdf (GBytes  *contents,
          GError **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;
  char *text;

  document = poppler_document_new_from_bytes (contents, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_ENCRYPTED,
                             _("The PDF is protected with a password. Save a copy without a password and import that."));
      else
        g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_CORRUPT,
                             _("The PDF is damaged and cannot be read. Save it as PDF again and import the new file."));
      return NULL;
    }

  text = read_pdf_pages (document, error);
  g_object_unref (document);
  return text;
}

/* DOCX */

static gboolean
set_docx_corrupt (GError **error)
{
  g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_CORRUPT,
                       _("The Word document is damaged and cannot be read. Save it as .docx again and import the new file."));
  return FALSE;
}

/* Reads word/document.xml out of the zip, stopping at the size limit
 * whatever the entry's header claims, so a zip bomb costs nothing. */
static GBytes *
read_docx_document (GBytes   *contents,
                    gboolean  docx_named,
                    GError  **error)
{
  g_autoptr(GByteArray) data = NULL;
  struct archive *archive;
  struct archive_entry *entry;
  gboolean is_office = docx_named;
  guint n_entries = 0;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (contents, &size);
  int status;

  archive = archive_read_new ();
  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, bytes, size) != ARCHIVE_OK)
    {
      archive_read_free (archive);
      set_docx_corrupt (error);
      return NULL;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *path = archive_entry_pathname (entry);

      if (++n_entries > MAX_ZIP_ENTRIES)
        {
          archive_read_free (archive);
          set_too_large (error);
          return NULL;
        }

      if (g_strcmp0 (path, "[Content_Types].xml") == 0)
        is_office = TRUE;
      if (g_strcmp0 (path, DOCX_DOCUMENT) != 0)
        continue;

      if (archive_entry_size_is_set (entry) &&
          archive_entry_size (entry) > MAX_EXPANDED_SIZE)
        {
          archive_read_free (archive);
          set_too_large (error);
          return NULL;
        }

      data = g_byte_array_new ();
      for (;;)
        {
          guint8 buffer[16384];
          la_ssize_t n = archive_read_data (archive, buffer, sizeof buffer);

          if (n == 0)
            break;
          if (n < 0)
            {
              archive_read_free (archive);
              set_docx_corrupt (error);
              return NULL;
            }
          if (data->len + (gsize) n > MAX_EXPANDED_SIZE)
            {
              archive_read_free (archive);
              set_too_large (error);
              return NULL;
            }
          g_byte_array_append (data, buffer, (guint) n);
        }
      break;
    }

  archive_read_free (archive);

  if (data == NULL)
    {
      if (status != ARCHIVE_EOF && status != ARCHIVE_OK)
        set_docx_corrupt (error);
      else if (is_office)
        g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_CORRUPT,
                             _("The Word document has no text part. Save it as .docx again and import the new file."));
      else
        g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_UNSUPPORTED,
                             _("This zip file is not a Word document. Import a PDF, a Word document (.docx), a text file or a JSON Resume."));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static gboolean
is_wordml (xmlNode    *node,
           const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, WORDML_NS) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

/* Paragraphs become lines; runs' text, tabs and breaks in document order.
 * Recursion is bounded: libxml2 refuses documents nested deeper than 256
 * levels unless XML_PARSE_HUGE is given, which it is not. Deleted text
 * (tracked changes) is left out. */
static void
collect_docx_text (xmlNode *node,
                   GString *text)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (is_wordml (node, "t"))
        {
          for (xmlNode *child = node->children; child != NULL; child = child->next)
            {
              if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
                g_string_append (text, (const char *) child->content);
            }
          continue;
        }
      if (is_wordml (node, "delText"))
        continue;
      if (is_wordml (node, "tab"))
        g_string_append_c (text, '\t');
      else if (is_wordml (node, "br") || is_wordml (node, "cr"))
        g_string_append_c (text, '\n');

      collect_docx_text (node->children, text);

      if (is_wordml (node, "p"))
        g_string_append_c (text, '\n');
    }
}

static char *
read_docx (GBytes      *contents,
           const char  *file_name,
           GError     **error)
{
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GString) text = NULL;
  xmlParserCtxt *context;
  xmlDoc *doc;
  const char *data;
  gsize length;

  xml = read_docx_document (contents, has_suffix_nocase (file_name, ".docx"), error);
  if (xml == NULL)
    return NULL;

  data = g_bytes_get_data (xml, &length);

  /* Word never writes a DTD. Refusing any document type declaration
   * up front takes entity expansion (billion laughs) and external
   * entities off the table before the parser sees them. */
  if (g_strstr_len (data, length, "<!DOCTYPE") != NULL ||
      g_strstr_len (data, length, "<!ENTITY") != NULL)
    {
      set_docx_corrupt (error);
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    {
      set_docx_corrupt (error);
      return NULL;
    }

  /* No XML_PARSE_NOENT (entities are not substituted), no DTD loading,
   * no network. */
  doc = xmlCtxtReadMemory (context, data, (int) length, DOCX_DOCUMENT, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlFreeParserCtxt (context);

  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      set_docx_corrupt (error);
      return NULL;
    }

  text = g_string_new (NULL);
  collect_docx_text (xmlDocGetRootElement (doc), text);
  xmlFreeDoc (doc);

  if (_pursuit_cv_is_blank (text->str))
    {
      _pursuit_cv_set_empty_error (error);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Text */

static char *
read_text (GBytes  *contents,
           GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* A NUL is never in a text file; it is a binary format we do not
   * know (or UTF-16, which we do not read). */
  if (memchr (data, '\0', length) != NULL ||
      !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_UNSUPPORTED,
                           _("This file is not a CV Pursuit can read. Import a PDF, a Word document (.docx), a UTF-8 text file or a JSON Resume."));
      return NULL;
    }

  return g_strndup (data, length);
}

static gboolean
starts_with_brace (const char *data,
                   gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return i < length && data[i] == '{';
}

static gboolean
is_pdf (const char *data,
        gsize       length)
{
  /* Readers accept the header anywhere in the first kilobyte. */
  return g_strstr_len (data, MIN (length, 1024), "%PDF-") != NULL;
}

PursuitCv *
pursuit_cv_read_bytes (GBytes                *contents,
                       const char            *file_name,
                       PursuitSkillTaxonomy  *taxonomy,
                       GDateTime             *today,
                       GError               **error)
{
  g_autoptr(PursuitCv) cv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *base = NULL;
  PursuitCvFormat format = PURSUIT_CV_FORMAT_TEXT;
  const char *data;
  gsize length;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (contents, &length);
  if (length > MAX_FILE_SIZE)
    {
      set_too_large (error);
      return NULL;
    }
  if (length == 0)
    {
      _pursuit_cv_set_empty_error (error);
      return NULL;
    }

  if (is_pdf (data, length))
    {
      format = PURSUIT_CV_FORMAT_PDF;
      text = read_pdf (contents, error);
    }
  else if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      format = PURSUIT_CV_FORMAT_DOCX;
      text = read_docx (contents, file_name, error);
    }
  else if (starts_with_brace (data, length))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      gboolean parsed;

      parsed = json_parser_load_from_data (parser, data, (gssize) length, NULL);
      if (parsed && _pursuit_cv_looks_like_json_resume (json_parser_get_root (parser)))
        cv = _pursuit_cv_read_json_resume (json_parser_get_root (parser), taxonomy, today, error);
      else if (has_suffix_nocase (file_name, ".json"))
        {
          g_set_error_literal (error, PURSUIT_CV_ERROR,
                               parsed ? PURSUIT_CV_ERROR_UNSUPPORTED : PURSUIT_CV_ERROR_CORRUPT,
                               parsed ? _("This JSON file is not a JSON Resume: it has neither “basics” nor “work”.")
                                      : _("The JSON Resume is not valid JSON. Check the file for a missing comma or bracket."));
          return NULL;
        }
      else
        {
          /* A text CV that happens to start with a brace. */
          format = PURSUIT_CV_FORMAT_TEXT;
          text = read_text (contents, error);
        }

      if (cv == NULL && text == NULL)
        return NULL;
    }
  else
    {
      format = PURSUIT_CV_FORMAT_TEXT;
      text = read_text (contents, error);
    }

  if (cv == NULL)
    {
      g_autoptr(PursuitProfile) profile = NULL;

      if (text == NULL)
        return NULL;
      if (_pursuit_cv_is_blank (text))
        {
          _pursuit_cv_set_empty_error (error);
          return NULL;
        }

      profile = pursuit_profile_extract (text, taxonomy, today);
      cv = pursuit_cv_new ();
      pursuit_cv_set_format (cv, format);
      pursuit_cv_set_text (cv, text);
      pursuit_cv_set_profile (cv, profile);
    }

  if (file_name != NULL)
    base = g_path_get_basename (file_name);
  if (base != NULL && !g_utf8_validate (base, -1, NULL))
    {
      char *valid = g_utf8_make_valid (base, -1);

      g_free (base);
      base = valid;
    }
  title = title_from_file_name (file_name);
  pursuit_cv_set_file_name (cv, base);
  pursuit_cv_set_title (cv, title);

  return g_steal_pointer (&cv);
}

PursuitCv *
pursuit_cv_read_file (GFile                 *file,
                      PursuitSkillTaxonomy  *taxonomy,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Check the size before loading, so a huge file is never read. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      set_too_large (error);
      return NULL;
    }

  contents = g_file_load_bytes (file, cancellable, NULL, error);
  if (contents == NULL)
    return NULL;

  name = g_file_get_basename (file);
  today = g_date_time_new_now_local ();
  return pursuit_cv_read_bytes (contents, name, taxonomy, today, error);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  PursuitCv *cv;

  cv = pursuit_cv_read_file (file, pursuit_skill_taxonomy_get_default (),
                             cancellable, &error);
  if (cv == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, cv, g_object_unref);
}

void
pursuit_cv_read_file_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_cv_read_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_file_thread);
}

PursuitCv *
pursuit_cv_read_file_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pursuit_cv_read_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
