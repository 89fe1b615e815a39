/* pursuit-cv.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-profile.h"
#include "pursuit-skill-taxonomy.h"

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_CV_FORMAT_TEXT,
  PURSUIT_CV_FORMAT_PDF,
  PURSUIT_CV_FORMAT_DOCX,
  PURSUIT_CV_FORMAT_JSON_RESUME,
} PursuitCvFormat;

/* "text", "pdf", "docx", "json-resume". */
const char *pursuit_cv_format_to_string   (PursuitCvFormat  format);
gboolean    pursuit_cv_format_from_string (const char      *key,
                                           PursuitCvFormat *out);

#define PURSUIT_CV_ERROR (pursuit_cv_error_quark ())
GQuark pursuit_cv_error_quark (void);

/**
 * PursuitCvError:
 * @PURSUIT_CV_ERROR_UNSUPPORTED: not a PDF, DOCX, JSON Resume or UTF-8 text
 * @PURSUIT_CV_ERROR_CORRUPT: the file is damaged (a truncated PDF or zip,
 *   DOCX without word/document.xml, malformed XML or JSON, wrong types)
 * @PURSUIT_CV_ERROR_ENCRYPTED: a password-protected PDF
 * @PURSUIT_CV_ERROR_EMPTY: no text could be read (a scanned PDF)
 * @PURSUIT_CV_ERROR_TOO_LARGE: over 20 MB, or expanding past 50 MB
 *
 * Messages are translated and say what to do ("Save it as PDF again").
 */
typedef enum
{
  PURSUIT_CV_ERROR_UNSUPPORTED,
  PURSUIT_CV_ERROR_CORRUPT,
  PURSUIT_CV_ERROR_ENCRYPTED,
  PURSUIT_CV_ERROR_EMPTY,
  PURSUIT_CV_ERROR_TOO_LARGE,
} PursuitCvError;

#define PURSUIT_TYPE_CV (pursuit_cv_get_type ())

/* One CV version: the text read from the file and the profile extracted
 * from it (then corrected by the user). Properties: id (gint64),
 * title, file-name (the base name imported), format (int), text,
 * profile (PursuitProfile, never NULL), active (boolean), created-at,
 * updated-at (Unix seconds). */
G_DECLARE_FINAL_TYPE (PursuitCv, pursuit_cv, PURSUIT, CV, GObject)

PursuitCv      *pursuit_cv_new               (void);
gint64          pursuit_cv_get_id            (PursuitCv      *self);
void            pursuit_cv_set_id            (PursuitCv      *self,
                                              gint64          id);
const char     *pursuit_cv_get_title         (PursuitCv      *self);
void            pursuit_cv_set_title         (PursuitCv      *self,
                                              const char     *title);
const char     *pursuit_cv_get_file_name     (PursuitCv      *self);
void            pursuit_cv_set_file_name     (PursuitCv      *self,
                                              const char     *file_name);
PursuitCvFormat pursuit_cv_get_format        (PursuitCv      *self);
void            pursuit_cv_set_format        (PursuitCv      *self,
                                              PursuitCvFormat format);
const char     *pursuit_cv_get_text          (PursuitCv      *self);
void            pursuit_cv_set_text          (PursuitCv      *self,
                                              const char     *text);
PursuitProfile *pursuit_cv_get_profile       (PursuitCv      *self);
void            pursuit_cv_set_profile       (PursuitCv      *self,
                                              PursuitProfile *profile);
gboolean        pursuit_cv_get_active        (PursuitCv      *self);
void            pursuit_cv_set_active        (PursuitCv      *self,
                                              gboolean        active);
gint64          pursuit_cv_get_created_at    (PursuitCv      *self);
void            pursuit_cv_set_created_at    (PursuitCv      *self,
                                              gint64          created_at);
gint64          pursuit_cv_get_updated_at    (PursuitCv      *self);
void            pursuit_cv_set_updated_at    (PursuitCv      *self,
                                              gint64          updated_at);

/* Reading a CV (pursuit-cv-reader.c). The format is sniffed from the
 * content (%PDF-, a zip with word/document.xml, a JSON object with
 * "basics" or "work"), then the extension; anything else must be valid
 * UTF-8 text. The title defaults to the file's base name without
 * extension; the profile is extracted with pursuit_profile_extract ().
 * Blocking: call it from a worker thread or the CLI; the _async variant
 * runs it in a GTask thread. */
PursuitCv      *pursuit_cv_read_bytes        (GBytes               *contents,
                                              const char           *file_name,
                                              PursuitSkillTaxonomy *taxonomy,
                                              GDateTime            *today,
                                              GError              **error);
PursuitCv      *pursuit_cv_read_file         (GFile                *file,
                                              PursuitSkillTaxonomy *taxonomy,
                                              GCancellable         *cancellable,
                                              GError              **error);
void            pursuit_cv_read_file_async   (GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
PursuitCv      *pursuit_cv_read_file_finish  (GAsyncResult         *result,
                                              GError              **error);

/* The profile a CV's plain text shows (pursuit-cv-profile.c): skills from
 * the taxonomy with a level guessed from the words around them and the
 * years used, years of experience from the dated work history (ranges such
 * as "Jan 2018 – Present", "2015-2019", "03/2019 - 06/2021", "since 2020";
 * overlapping jobs counted once; "present" is @today), the highest
 * education level, languages. */
PursuitProfile *pursuit_profile_extract      (const char           *text,
                                              PursuitSkillTaxonomy *taxonomy,
                                              GDateTime            *today);

G_END_DECLS
