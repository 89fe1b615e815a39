/* pursuit-importer.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"
#include "pursuit-import-error.h"

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_IMPORT_FORMAT_UNKNOWN,
  PURSUIT_IMPORT_FORMAT_BACKUP,
  PURSUIT_IMPORT_FORMAT_CSV,
  PURSUIT_IMPORT_FORMAT_HTML,
  PURSUIT_IMPORT_FORMAT_GREENHOUSE,
  PURSUIT_IMPORT_FORMAT_LEVER,
  PURSUIT_IMPORT_FORMAT_ASHBY,
} PursuitImportFormat;

/**
 * PursuitDuplicatePolicy:
 * @PURSUIT_DUPLICATES_SKIP: keep the stored job, drop the imported one
 * @PURSUIT_DUPLICATES_MERGE: fill the stored job's empty fields from the
 *   imported one; its stage and notes are kept
 */
typedef enum
{
  PURSUIT_DUPLICATES_SKIP,
  PURSUIT_DUPLICATES_MERGE,
} PursuitDuplicatePolicy;

typedef struct
{
  GPtrArray *added;      /* (element-type PursuitJob) new jobs, with ids */
  GPtrArray *merged;     /* (element-type PursuitJob) stored jobs that were completed */
  guint      n_skipped;  /* duplicates left alone */
} PursuitImportReport;

void                 pursuit_import_report_free (PursuitImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitImportReport, pursuit_import_report_free)

PursuitImportFormat  pursuit_importer_detect    (const char              *data,
                                                 gsize                    length,
                                                 const char              *name_hint);
const char          *pursuit_import_format_to_string (PursuitImportFormat format);

PursuitImportReport *pursuit_importer_import    (PursuitStore            *store,
                                                 const char              *data,
                                                 gsize                    length,
                                                 const char              *origin,
                                                 PursuitDuplicatePolicy   duplicates,
                                                 GError                 **error);

G_END_DECLS
