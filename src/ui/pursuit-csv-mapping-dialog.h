/* pursuit-csv-mapping-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "import/pursuit-csv.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CSV_MAPPING_DIALOG (pursuit_csv_mapping_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCsvMappingDialog, pursuit_csv_mapping_dialog, PURSUIT, CSV_MAPPING_DIALOG, AdwWindow)

PursuitCsvMappingDialog *pursuit_csv_mapping_dialog_new            (GtkWindow               *parent,
                                                                    PursuitCsvMapping       *mapping,
                                                                    GPtrArray               *rows,
                                                                    const char              *file_name);
PursuitCsvMapping       *pursuit_csv_mapping_dialog_get_mapping    (PursuitCsvMappingDialog *self);
gboolean                 pursuit_csv_mapping_dialog_get_can_import (PursuitCsvMappingDialog *self);
GtkDropDown             *pursuit_csv_mapping_dialog_get_dropdown   (PursuitCsvMappingDialog *self,
                                                                    guint                    column);
const char              *pursuit_csv_field_get_label               (PursuitCsvField          field);

G_END_DECLS
