/* pursuit-job-filter.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_FILTER (pursuit_job_filter_get_type ())

/*
 * PursuitJobFilter: which jobs the board shows, besides the text query.
 * A job passes when it passes every criterion that is set:
 *
 * - tags: the job has every tag (compared case-insensitively);
 * - source: the job's source equals it, case-insensitively;
 * - remote only: the job is remote;
 * - minimum salary: the job's best salary, salary-max or salary-min when
 *   there is no max, is at least the minimum. A job without any salary
 *   does not pass while a minimum is set;
 * - job ids: the job's id is one of them (the board showing the jobs
 *   behind a report's bar); the label says where the set comes from.
 *
 * The minimum is a yearly amount. A job's salary is annualised before it is
 * compared: an hour counts 2080 times a year (40 hours × 52 weeks), a day
 * 260 times, a week 52 and a month 12; a yearly salary or one without a
 * period (the usual case) is taken as it is. Currencies are not converted:
 * the minimum is in whatever currency the user's jobs are in.
 *
 * A filter is a value: changing one that a list already uses has no
 * effect on the list until it is set again.
 */
typedef struct _PursuitJobFilter PursuitJobFilter;

GType               pursuit_job_filter_get_type         (void) G_GNUC_CONST;

PursuitJobFilter   *pursuit_job_filter_new              (void);
PursuitJobFilter   *pursuit_job_filter_copy             (PursuitJobFilter   *self);
PursuitJobFilter   *pursuit_job_filter_ref              (PursuitJobFilter   *self);
void                pursuit_job_filter_unref            (PursuitJobFilter   *self);

const char * const *pursuit_job_filter_get_tags         (PursuitJobFilter   *self);
void                pursuit_job_filter_set_tags         (PursuitJobFilter   *self,
                                                         const char * const *tags);
const char         *pursuit_job_filter_get_source       (PursuitJobFilter   *self);
void                pursuit_job_filter_set_source       (PursuitJobFilter   *self,
                                                         const char         *source);
gboolean            pursuit_job_filter_get_remote_only  (PursuitJobFilter   *self);
void                pursuit_job_filter_set_remote_only  (PursuitJobFilter   *self,
                                                         gboolean            remote_only);
gint64              pursuit_job_filter_get_min_salary   (PursuitJobFilter   *self);
void                pursuit_job_filter_set_min_salary   (PursuitJobFilter   *self,
                                                         gint64              min_salary);
/* @ids NULL: any job; else only those @n_ids jobs (none when @n_ids is 0).
 * @label (plain text, nullable) names the set for the filter UI. */
void                pursuit_job_filter_set_job_ids      (PursuitJobFilter   *self,
                                                         const gint64       *ids,
                                                         guint               n_ids,
                                                         const char         *label);
/* Sorted, without duplicates; NULL when any job passes. */
const gint64       *pursuit_job_filter_get_job_ids      (PursuitJobFilter   *self,
                                                         guint              *n_ids);
const char         *pursuit_job_filter_get_label        (PursuitJobFilter   *self);

gboolean            pursuit_job_filter_is_empty         (PursuitJobFilter   *self);
gboolean            pursuit_job_filter_equal            (PursuitJobFilter   *a,
                                                         PursuitJobFilter   *b);
gboolean            pursuit_job_filter_matches          (PursuitJobFilter   *self,
                                                         PursuitJob         *job);
gint64              pursuit_job_filter_annual_salary    (PursuitJob         *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitJobFilter, pursuit_job_filter_unref)

G_END_DECLS
