/* pursuit-test-matching.h: CVs and described postings for the tests of
 * matching (issue 7).
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store-matching.h"

G_BEGIN_DECLS

/* A saved job of @company with @description (NULL: none), not stored. */
PursuitJob *make_posting            (const char     *title,
                                     const char     *company,
                                     const char     *description);

/* A job at @stage with @description, the text the requirements come
 * from; asserts that the store took it. */
gint64     add_job_with_description (PursuitStore   *store,
                                     const char     *title,
                                     const char     *company,
                                     const char     *stage,
                                     const char     *description);

/* A plain-text CV "cv.txt" titled @title with @text and @profile, as an
 * import would make one. */
PursuitCv *make_text_cv             (const char     *title,
                                     const char     *text,
                                     PursuitProfile *profile);
/* pursuit_store_add_cv (), asserting that the store took @cv. */
gint64     store_cv                 (PursuitStore   *store,
                                     PursuitCv      *cv,
                                     gboolean        activate);
/* make_text_cv () stored as the active CV. */
gint64     add_text_cv              (PursuitStore   *store,
                                     const char     *title,
                                     const char     *text,
                                     PursuitProfile *profile);

G_END_DECLS
