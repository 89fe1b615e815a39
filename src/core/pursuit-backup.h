/* pursuit-backup.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

/* JSON backups: every row of every table, restorable without loss. */
char       *pursuit_backup_export_json     (PursuitStore  *store,
                                            GError       **error);
gboolean    pursuit_backup_restore_json    (PursuitStore  *store,
                                            const char    *json,
                                            gsize          length,
                                            GError       **error);
gboolean    pursuit_backup_is_json_backup  (const char    *data,
                                            gsize          length);
guint       pursuit_backup_count_jobs      (PursuitStore  *store);

/* Automatic database copies in the data folder ("backups/"). */
char       *pursuit_backup_snapshot        (PursuitStore  *store,
                                            const char    *backup_dir,
                                            GError       **error);
char       *pursuit_backup_run_if_due      (PursuitStore  *store,
                                            const char    *backup_dir,
                                            guint          keep,
                                            GError       **error);
void        pursuit_backup_run_if_due_async  (PursuitStore        *store,
                                              const char          *backup_dir,
                                              guint                keep,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
char       *pursuit_backup_run_if_due_finish (PursuitStore        *store,
                                              GAsyncResult        *result,
                                              GError             **error);
GPtrArray  *pursuit_backup_list            (const char    *backup_dir);
gboolean    pursuit_backup_check_file      (const char    *path,
                                            GError       **error);
gboolean    pursuit_backup_restore_file    (const char    *database_path,
                                            const char    *backup_path,
                                            char         **out_kept_aside,
                                            GError       **error);
char       *pursuit_backup_default_dir     (const char    *data_dir);

G_END_DECLS
