/* pursuit-job.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB (pursuit_job_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJob, pursuit_job, PURSUIT, JOB, GObject)

PursuitJob   *pursuit_job_new                 (void);
PursuitJob   *pursuit_job_copy                (PursuitJob  *self);
char         *pursuit_job_format_salary_period (const char  *amount,
                                                const char  *period);

gint64        pursuit_job_get_id              (PursuitJob  *self);
void          pursuit_job_set_id              (PursuitJob  *self,
                                               gint64       id);
gboolean      pursuit_job_get_remote          (PursuitJob  *self);
void          pursuit_job_set_remote          (PursuitJob  *self,
                                               gboolean     remote);
gint64        pursuit_job_get_salary_min      (PursuitJob  *self);
void          pursuit_job_set_salary_min      (PursuitJob  *self,
                                               gint64       salary_min);
gint64        pursuit_job_get_salary_max      (PursuitJob  *self);
void          pursuit_job_set_salary_max      (PursuitJob  *self,
                                               gint64       salary_max);
int           pursuit_job_get_match_score     (PursuitJob  *self);
void          pursuit_job_set_match_score     (PursuitJob  *self,
                                               int          match_score);
gint64        pursuit_job_get_created_at      (PursuitJob  *self);
void          pursuit_job_set_created_at      (PursuitJob  *self,
                                               gint64       created_at);
gint64        pursuit_job_get_updated_at      (PursuitJob  *self);
void          pursuit_job_set_updated_at      (PursuitJob  *self,
                                               gint64       updated_at);
const char * const *pursuit_job_get_tags      (PursuitJob  *self);
void          pursuit_job_set_tags            (PursuitJob  *self,
                                               const char * const *tags);
gboolean      pursuit_job_has_tag             (PursuitJob  *self,
                                               const char  *tag);
char        **pursuit_job_normalize_tags      (const char * const *tags);
gint64        pursuit_job_get_stage_changed_at (PursuitJob *self);
void          pursuit_job_set_stage_changed_at (PursuitJob *self,
                                                gint64      stage_changed_at);
gint64        pursuit_job_get_next_due_at     (PursuitJob  *self);
const char   *pursuit_job_get_next_due_kind   (PursuitJob  *self);
void          pursuit_job_set_next_due        (PursuitJob  *self,
                                               gint64       at,
                                               const char  *kind);

/* Text fields. Dates (posted-date, deadline, applied-date) are ISO 8601
 * calendar dates, "YYYY-MM-DD". Unset fields are NULL. */
#define PURSUIT_JOB_DECLARE_STRING(name) \
  const char *pursuit_job_get_##name (PursuitJob *self); \
  void        pursuit_job_set_##name (PursuitJob *self, const char *value);

PURSUIT_JOB_DECLARE_STRING (title)
PURSUIT_JOB_DECLARE_STRING (company)
PURSUIT_JOB_DECLARE_STRING (location)
PURSUIT_JOB_DECLARE_STRING (currency)
PURSUIT_JOB_DECLARE_STRING (salary_period)
PURSUIT_JOB_DECLARE_STRING (url)
PURSUIT_JOB_DECLARE_STRING (apply_url)
PURSUIT_JOB_DECLARE_STRING (description)
PURSUIT_JOB_DECLARE_STRING (source)
PURSUIT_JOB_DECLARE_STRING (employment_type)
PURSUIT_JOB_DECLARE_STRING (posted_date)
PURSUIT_JOB_DECLARE_STRING (deadline)
PURSUIT_JOB_DECLARE_STRING (stage)
PURSUIT_JOB_DECLARE_STRING (applied_date)
PURSUIT_JOB_DECLARE_STRING (resume)
PURSUIT_JOB_DECLARE_STRING (cover_letter)
PURSUIT_JOB_DECLARE_STRING (withdraw_reason)

#undef PURSUIT_JOB_DECLARE_STRING

G_END_DECLS
