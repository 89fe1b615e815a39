/* pursuit-company.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A company as the company page shows it: the jobs of every spelling of
 * its name and of its web domain merged into one, with what postings said
 * about it (industry, size, website, locations; cached for 30 days), the
 * user's notes and, with AI enabled, a short summary. */
#define PURSUIT_TYPE_COMPANY (pursuit_company_get_type ())
G_DECLARE_FINAL_TYPE (PursuitCompany, pursuit_company, PURSUIT, COMPANY, GObject)

PursuitCompany     *pursuit_company_new              (void);
PursuitCompany     *pursuit_company_copy             (PursuitCompany *self);

/* key: the merge key, pursuit_company_key_for_name () of its name */
const char         *pursuit_company_get_key          (PursuitCompany *self);
void                pursuit_company_set_key          (PursuitCompany *self, const char *key);
/* name: the spelling used by most of its jobs */
const char         *pursuit_company_get_name         (PursuitCompany *self);
void                pursuit_company_set_name         (PursuitCompany *self, const char *name);
/* names: every spelling merged into it */
const char * const *pursuit_company_get_names        (PursuitCompany *self);
void                pursuit_company_set_names        (PursuitCompany *self, const char * const *names);
/* domain: "acme.com", from its website or its jobs' addresses */
const char         *pursuit_company_get_domain       (PursuitCompany *self);
void                pursuit_company_set_domain       (PursuitCompany *self, const char *domain);
const char         *pursuit_company_get_website      (PursuitCompany *self);
void                pursuit_company_set_website      (PursuitCompany *self, const char *website);
const char         *pursuit_company_get_industry     (PursuitCompany *self);
void                pursuit_company_set_industry     (PursuitCompany *self, const char *industry);
/* size: as the posting said it, "51-200" or "5000" employees */
const char         *pursuit_company_get_size         (PursuitCompany *self);
void                pursuit_company_set_size         (PursuitCompany *self, const char *size);
const char * const *pursuit_company_get_locations    (PursuitCompany *self);
void                pursuit_company_set_locations    (PursuitCompany *self, const char * const *locations);
/* description: what a posting said about the company, plain text */
const char         *pursuit_company_get_description  (PursuitCompany *self);
void                pursuit_company_set_description  (PursuitCompany *self, const char *description);
/* summary: the AI's short summary, NULL without AI */
const char         *pursuit_company_get_summary      (PursuitCompany *self);
void                pursuit_company_set_summary      (PursuitCompany *self, const char *summary);
const char         *pursuit_company_get_notes        (PursuitCompany *self);
void                pursuit_company_set_notes        (PursuitCompany *self, const char *notes);
/* job-ids: its jobs, newest first */
const gint64       *pursuit_company_get_job_ids      (PursuitCompany *self, guint *n_job_ids);
void                pursuit_company_set_job_ids      (PursuitCompany *self, const gint64 *job_ids, guint n_job_ids);
/* info-updated-at: when the posting facts were last learned; 0 = never */
gint64              pursuit_company_get_info_updated_at (PursuitCompany *self);
void                pursuit_company_set_info_updated_at (PursuitCompany *self, gint64 at);

/* The posting facts only (industry, size, website, locations,
 * description), for the cache; from_json ignores unknown members and
 * fails on wrong types with G_IO_ERROR_INVALID_DATA. */
char               *pursuit_company_info_to_json     (PursuitCompany *self);
gboolean            pursuit_company_merge_info_json  (PursuitCompany *self,
                                                      const char     *json,
                                                      GError        **error);

/* The merge key of a company name: case and accents folded, punctuation
 * and spaces collapsed, legal forms dropped ("Acme, Inc." = "ACME Inc" =
 * "Acme"; "Müller GmbH" = "muller"). NULL for a name with nothing
 * left. */
char               *pursuit_company_key_for_name     (const char     *name);
/* The company's own domain in a web address, "www." dropped; NULL for
 * job boards and hosting (greenhouse.io, lever.co, ashbyhq.com,
 * linkedin.com, indeed.*, stepstone.*, workday, smartrecruiters, …) and
 * for anything that is not an http(s) address. */
char               *pursuit_company_domain_for_url   (const char     *url);

/* Reads schema.org hiringOrganization (an Organization object, or just a
 * name) into a company's posting facts: name, sameAs/url → website and
 * domain, industry, numberOfEmployees (QuantitativeValue or number),
 * address/location → locations, description. NULL when @node has no
 * name. Hostile input (wrong types, huge strings, markup) never crashes:
 * text is stripped of tags and capped. */
PursuitCompany     *pursuit_company_new_from_schema_org (JsonNode    *node,
                                                         const char  *page_url);

G_END_DECLS
