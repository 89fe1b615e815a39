/* pursuit-store-documents-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pursuit-document.h"

G_BEGIN_DECLS

/* Every reader of documents selects these columns, in this order, so a
 * new column is read everywhere (pursuit-store-documents.c). */
#define PURSUIT_STORE_DOCUMENT_COLUMNS \
  "id, coalesce (job_id, 0), kind, title, path, created_at, body, template, updated_at," \
  " coalesce (sent_at, 0)"

PursuitDocument *_pursuit_store_document_from_row   (sqlite3_stmt  *stmt);
/* An absolute file name or an http(s) address with a host, or NULL
 * (pursuit-store-contacts.c). */
gboolean         _pursuit_store_check_document_path (const char    *path,
                                                     GError       **error);

G_END_DECLS
