/* pursuit-import-error.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitImportError:
 * @PURSUIT_IMPORT_ERROR_MALFORMED: the input is not valid in its format
 *   (broken JSON, unterminated CSV quote, a field of the wrong type, ...)
 * @PURSUIT_IMPORT_ERROR_NO_POSTING: a page parsed but holds no job posting
 * @PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT: the input is none of the formats we read
 * @PURSUIT_IMPORT_ERROR_TOO_LARGE: the input is over the size we accept
 * @PURSUIT_IMPORT_ERROR_ENCODING: the text is not valid UTF-8
 * @PURSUIT_IMPORT_ERROR_ROW: one row of a file is invalid; the message starts
 *   with "line N: "
 */
typedef enum
{
  PURSUIT_IMPORT_ERROR_MALFORMED,
  PURSUIT_IMPORT_ERROR_NO_POSTING,
  PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
  PURSUIT_IMPORT_ERROR_TOO_LARGE,
  PURSUIT_IMPORT_ERROR_ENCODING,
  PURSUIT_IMPORT_ERROR_ROW,
} PursuitImportError;

#define PURSUIT_IMPORT_ERROR (pursuit_import_error_quark ())
GQuark pursuit_import_error_quark (void);

G_END_DECLS
