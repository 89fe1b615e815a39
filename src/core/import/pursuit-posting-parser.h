/* pursuit-posting-parser.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pursuit-company.h"
#include "pursuit-job.h"

G_BEGIN_DECLS

/* Pages larger than this are refused with PURSUIT_IMPORT_ERROR_TOO_LARGE. */
#define PURSUIT_POSTING_MAX_PAGE_SIZE (20 * 1024 * 1024)

PursuitJob *pursuit_posting_parse_html                (const char  *html,
                                                       gsize        length,
                                                       const char  *page_url,
                                                       PursuitJob **out_fallback,
                                                       GError     **error);
/* As above, with what the posting says about its company (NULL when it
 * names none). */
PursuitJob *pursuit_posting_parse_html_full           (const char      *html,
                                                       gsize            length,
                                                       const char      *page_url,
                                                       PursuitJob     **out_fallback,
                                                       PursuitCompany **out_company,
                                                       GError         **error);

/* Helpers shared with the job board parser. */
JsonNode   *pursuit_posting_parse_json                (const char  *data,
                                                       gsize        length,
                                                       GError     **error);
gboolean    pursuit_posting_read_amount               (JsonNode    *node,
                                                       gint64      *out_amount);
char       *pursuit_posting_normalize_date            (const char  *text);
char       *pursuit_posting_normalize_url             (const char  *text,
                                                       const char  *base);
char       *pursuit_posting_normalize_currency        (const char  *text);
char       *pursuit_posting_normalize_employment_type (const char  *text);
const char *pursuit_posting_normalize_salary_period   (const char  *text);
char       *pursuit_posting_source_for_url            (const char  *url);

G_END_DECLS
