/* pursuit-import-export.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "import/pursuit-csv.h"
#include "pursuit-window.h"

G_BEGIN_DECLS

void  pursuit_import_export_choose_import (PursuitWindow *window);
void  pursuit_import_export_choose_export (PursuitWindow *window);
void  pursuit_import_export_import_file   (PursuitWindow *window,
                                           GFile         *file);
void  pursuit_import_export_import_csv    (PursuitWindow     *window,
                                           GFile             *file,
                                           PursuitCsvMapping *mapping);
gboolean pursuit_import_export_is_busy    (PursuitWindow *window);
void  pursuit_import_export_cancel        (PursuitWindow *window);
void  pursuit_import_export_set_progress_delay (guint delay_ms);

typedef enum
{
  PURSUIT_EXPORT_JSON_BACKUP,
  PURSUIT_EXPORT_CSV,
} PursuitExportFormat;

void  pursuit_import_export_export_file   (PursuitWindow       *window,
                                           GFile               *file,
                                           PursuitExportFormat  format);

G_END_DECLS
