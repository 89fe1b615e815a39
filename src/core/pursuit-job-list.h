/* pursuit-job-list.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-job-filter.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_LIST (pursuit_job_list_get_type ())

/* A GListModel of PursuitJob that follows the store's signals: all jobs,
 * or the jobs of one stage, narrowed by a full-text search and a
 * PursuitJobFilter (a job must pass both). Items are ordered by most
 * recently updated first. */
G_DECLARE_FINAL_TYPE (PursuitJobList, pursuit_job_list, PURSUIT, JOB_LIST, GObject)

PursuitJobList *pursuit_job_list_new        (PursuitStore   *store,
                                             const char     *stage);
PursuitStore   *pursuit_job_list_get_store  (PursuitJobList *self);
const char     *pursuit_job_list_get_stage  (PursuitJobList *self);
const char     *pursuit_job_list_get_query  (PursuitJobList *self);
void            pursuit_job_list_set_query  (PursuitJobList *self,
                                             const char     *query);
char           *pursuit_job_list_normalize_query (const char *query);
PursuitJobFilter *pursuit_job_list_get_filter (PursuitJobList   *self);
void            pursuit_job_list_set_filter (PursuitJobList   *self,
                                             PursuitJobFilter *filter);

G_END_DECLS
