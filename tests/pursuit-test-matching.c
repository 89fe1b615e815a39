/* pursuit-test-matching.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"

PursuitJob *
make_posting (const char *title,
              const char *company,
              const char *description)
{
  PursuitJob *job = make_job (title, company, "saved");

  pursuit_job_set_description (job, description);

  return job;
}

gint64
add_job_with_description (PursuitStore *store,
                          const char   *title,
                          const char   *company,
                          const char   *stage,
                          const char   *description)
{
  g_autoptr(PursuitJob) job = make_job (title, company, stage);

  pursuit_job_set_description (job, description);

  return store_job (store, job);
}

PursuitCv *
make_text_cv (const char     *title,
              const char     *text,
              PursuitProfile *profile)
{
  PursuitCv *cv = pursuit_cv_new ();

  pursuit_cv_set_title (cv, title);
  pursuit_cv_set_file_name (cv, "cv.txt");
  pursuit_cv_set_format (cv, PURSUIT_CV_FORMAT_TEXT);
  pursuit_cv_set_text (cv, text);
  pursuit_cv_set_profile (cv, profile);

  return cv;
}

gint64
store_cv (PursuitStore *store,
          PursuitCv    *cv,
          gboolean      activate)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_store_add_cv (store, cv, activate, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

gint64
add_text_cv (PursuitStore   *store,
             const char     *title,
             const char     *text,
             PursuitProfile *profile)
{
  g_autoptr(PursuitCv) cv = make_text_cv (title, text, profile);

  return store_cv (store, cv, TRUE);
}
