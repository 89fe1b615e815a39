/* pursuit-store-companies.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-company.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* Company pages (pursuit-store-companies.c). A company groups every job
 * whose company name has the same key, and every job whose posting (or
 * the company's website) has the same domain. Posting facts live in the
 * cache table (namespace "company", the key, 30 days); notes in
 * companies.notes of the group's oldest row. Writes emit
 * PursuitStore::company-changed (the key). */

#define PURSUIT_COMPANY_INFO_TTL (30 * G_TIME_SPAN_DAY)

/* Of PursuitCompany with jobs, sorted by name. */
GPtrArray      *pursuit_store_list_companies          (PursuitStore   *self,
                                                       GError        **error);
/* NOT_FOUND when no job has that company. */
PursuitCompany *pursuit_store_get_company             (PursuitStore   *self,
                                                       const char     *key,
                                                       GError        **error);
/* The company of a job; NOT_FOUND when the job has no company. */
PursuitCompany *pursuit_store_get_company_for_job     (PursuitStore   *self,
                                                       gint64          job_id,
                                                       GError        **error);
/* Empty or NULL notes clear them. */
gboolean        pursuit_store_set_company_notes       (PursuitStore   *self,
                                                       const char     *key,
                                                       const char     *notes,
                                                       GError        **error);
/* Keeps what a posting said about its company for 30 days: fields @info
 * has replace the cached ones, the others stay; a website the company row
 * lacks is saved there too. */
gboolean        pursuit_store_remember_company_info   (PursuitStore   *self,
                                                       PursuitCompany *info,
                                                       GError        **error);
/* The AI summary, cached for 30 days like the posting facts. */
gboolean        pursuit_store_set_company_summary     (PursuitStore   *self,
                                                       const char     *key,
                                                       const char     *summary,
                                                       GError        **error);

G_END_DECLS
