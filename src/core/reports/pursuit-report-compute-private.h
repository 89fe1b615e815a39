/* pursuit-report-compute-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-report-private.h"

G_BEGIN_DECLS

/* What pursuit-report-compute.c reads and derives, for the section
 * builders in pursuit-report-sections.c. */

/* The categories by progress; the last three are outcomes. */
enum
{
  CAT_SAVED,
  CAT_APPLIED,
  CAT_SCREENING,
  CAT_INTERVIEW_SCHEDULED,
  CAT_INTERVIEWING,
  CAT_OFFER,
  CAT_ACCEPTED,
  N_PROGRESS,
  CAT_REJECTED = N_PROGRESS,
  CAT_WITHDRAWN,
  CAT_GHOSTED,
  N_CATEGORIES,
};

#define NO_TIME G_MAXINT64

typedef struct
{
  const char *key;
  const char *label;
  int         category;  /* -1: none we know */
} StageInfo;

typedef struct
{
  gint64      id;
  int         stage;     /* index in Input.stages, -1 unknown */
  int         category;
  gint64      created_at;
  gint64      applied_at;  /* the applied date's midnight, or NO_TIME */
  int         score;       /* -1: none */
  const char *source;      /* NULL: none */
  const char *company;     /* NULL: none */
} JobRow;

typedef struct
{
  gint64 job_id;
  int    from_category;
  int    to_category;
  gint64 at;
} EventRow;

typedef struct
{
  gint64 job_id;
  gint64 at;
} TimedRow;

/* Everything the computation needs, owned by itself, so a worker thread
 * can have it. */
typedef struct
{
  gint64        from;
  gint64        to;
  gint64        now;
  GTimeZone    *time_zone;
  GStringChunk *strings;
  GArray       *stages;      /* of StageInfo, board order */
  GArray       *jobs;        /* of JobRow */
  GArray       *events;      /* of EventRow */
  GArray       *interviews;  /* of TimedRow */
  GArray       *follow_ups;  /* of TimedRow: when it was sent or done */
  GArray       *mail;        /* of TimedRow: answers matched to jobs */
  guint         due_this_week;
} Input;

/* What the computation derives per job. */
typedef struct
{
  int    reached;      /* furthest progress category */
  gint64 applied_at;   /* NO_TIME: never applied */
  gint64 response_at;  /* NO_TIME: no answer yet */
  gint64 follow_up_at; /* the first sent or done, NO_TIME: none */
  gboolean in_range;
} JobFacts;

typedef struct
{
  Input      *input;
  JobFacts   *facts;       /* parallel to input->jobs */
  GHashTable *index_by_id; /* job id → index + 1 */
} Work;

static inline gboolean
is_progress (int category)
{
  return category >= 0 && category < N_PROGRESS;
}

static inline gboolean
is_application (JobFacts *facts)
{
  return facts->in_range && facts->applied_at != NO_TIME;
}

static inline gboolean
has_response (JobFacts *facts)
{
  return facts->response_at != NO_TIME;
}

static inline gint64
response_days (JobFacts *facts)
{
  return (facts->response_at - facts->applied_at) / (24 * 3600);
}

static inline double
ratio (double part,
       double whole)
{
  return whole > 0 ? part / whole : 0;
}

PursuitReportSection *_pursuit_report_build_funnel         (Work                 *work);
PursuitReportSection *_pursuit_report_build_conversion     (PursuitReportSection *funnel);
PursuitReportSection *_pursuit_report_build_response_times (Work                 *work,
                                                            double                median);
PursuitReportSection *_pursuit_report_build_weekly         (Work                 *work);
PursuitReportSection *_pursuit_report_build_by_source      (Work                 *work);
PursuitReportSection *_pursuit_report_build_by_company     (Work                 *work);
PursuitReportSection *_pursuit_report_build_by_score       (Work                 *work);
PursuitReportSection *_pursuit_report_build_follow_ups     (Work                 *work);

G_END_DECLS
