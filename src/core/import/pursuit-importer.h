/* pursuit-importer.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"
#include "pursuit-csv.h"
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
PursuitImportReport *pursuit_importer_import_csv (PursuitStore           *store,
                                                  const char             *data,
                                                  gsize                   length,
                                                  PursuitCsvMapping      *mapping,
                                                  PursuitDuplicatePolicy  duplicates,
                                                  GError                **error);
GPtrArray           *pursuit_importer_parse     (const char              *data,
                                                 gsize                    length,
                                                 const char              *origin,
                                                 PursuitCsvMapping       *mapping,
                                                 GPtrArray              **out_notes,
                                                 GError                 **error);

/**
 * PursuitImportBatch:
 *
 * Writes parsed jobs into the store a few at a time, in one transaction
 * that stays open between steps, so a caller on the main loop can show
 * progress and let the user cancel (roll back) a long import. See
 * [func@Pursuit.import_batch_new].
 */
typedef struct _PursuitImportBatch PursuitImportBatch;

PursuitImportBatch  *pursuit_import_batch_new        (PursuitStore            *store,
                                                      GPtrArray               *jobs,
                                                      GPtrArray               *notes,
                                                      PursuitDuplicatePolicy   duplicates);
void                 pursuit_import_batch_free       (PursuitImportBatch      *self);
gboolean             pursuit_import_batch_step       (PursuitImportBatch      *self,
                                                      guint                    max_jobs,
                                                      GError                 **error);
gboolean             pursuit_import_batch_is_done    (PursuitImportBatch      *self);
guint                pursuit_import_batch_get_n_done (PursuitImportBatch      *self);
guint                pursuit_import_batch_get_n_jobs (PursuitImportBatch      *self);
PursuitImportReport *pursuit_import_batch_commit     (PursuitImportBatch      *self,
                                                      GError                 **error);
void                 pursuit_import_batch_rollback   (PursuitImportBatch      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitImportBatch, pursuit_import_batch_free)

G_END_DECLS
