/* pursuit-store-ghosting.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: applications that went silent after their
 * follow-ups, offered to the user as ghosted. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-private.h"

#define MAX_GHOSTING_DAYS  3650
#define DAY_SECONDS        (24 * 60 * 60)

#define GHOSTING_DISMISSED "ghosting_dismissed"

/**
 * pursuit_store_list_ghosting_candidates:
 * @self: a store
 * @days: how long without an answer counts as ghosting, 1 or more
 * @now: the time to judge by, in unix seconds
 * @error: a location for a #GError
 *
 * Jobs to offer as ghosted: in an open stage of the applied, screening,
 * interview-scheduled or interviewing kind, with at least one follow-up
 * completed (done, sent or skipped) and none pending, where the last
 * completion is at least @days days before @now and after the last stage
 * change, and the offer was not turned down ("Not Yet") in the last @days
 * days. An interview in that time or ahead is an answer too. The user
 * decides: the store never moves them by itself.
 *
 * Returns: (transfer full) (element-type PursuitJob) (nullable): the jobs,
 *   the longest silent first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_ghosting_candidates (PursuitStore  *self,
                                        int            days,
                                        gint64         now,
                                        GError       **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (days < 1 || days > MAX_GHOSTING_DAYS)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The days without an answer must be between 1 and %d"), MAX_GHOSTING_DAYS);
      return NULL;
    }

  /* Follow-ups completed before completed_at existed count from their due
   * time. Cancelled ones say nothing about an answer and are left out. */
  stmt = _pursuit_store_prepare (self,
                                 "SELECT id FROM ("
                                 "  SELECT j.id AS id, j.stage_changed_at AS stage_changed_at,"
                                 "   (SELECT max (coalesce (f.completed_at, f.due_at)) FROM follow_ups f"
                                 "    WHERE f.job_id = j.id AND f.status IN ('done', 'sent', 'skipped')) AS last"
                                 "  FROM jobs j JOIN stages s ON s.key = j.stage"
                                 "  WHERE s.category IN ('applied', 'screening', 'interview_scheduled', 'interviewing')"
                                 "   AND NOT EXISTS (SELECT 1 FROM follow_ups f"
                                 "                   WHERE f.job_id = j.id AND f.status = 'pending')"
                                 "   AND NOT EXISTS (SELECT 1 FROM events e"
                                 "                   WHERE e.job_id = j.id AND e.kind = '" GHOSTING_DISMISSED "'"
                                 "                    AND e.created_at > ?1 - ?2)"
                                 "   AND NOT EXISTS (SELECT 1 FROM interviews i"
                                 "                   WHERE i.job_id = j.id AND i.status != 'cancelled'"
                                 "                    AND i.starts_at > ?1 - ?2))"
                                 " WHERE last IS NOT NULL AND last + ?2 <= ?1"
                                 "  AND coalesce (stage_changed_at, 0) < last"
                                 " ORDER BY last, id",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, (gint64)days * DAY_SECONDS);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "looking for silent applications");
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      PursuitJob *job = pursuit_store_get_job (self, g_array_index (ids, gint64, i), error);

      if (job == NULL)
        return NULL;

      g_ptr_array_add (jobs, job);
    }

  return g_steal_pointer (&jobs);
}

/**
 * pursuit_store_dismiss_ghosting:
 * @self: a store
 * @job_id: a job offered as ghosted
 * @error: a location for a #GError
 *
 * The user's "Not yet": the timeline records a "ghosting_dismissed" event
 * and the job is not offered again until the ghosting days have passed
 * once more. Emits #PursuitStore::job-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_dismiss_ghosting (PursuitStore  *self,
                                gint64         job_id,
                                GError       **error)
{
  g_autoptr(PursuitJob) job = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_job_exists (self, job_id, error) ||
      !_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!_pursuit_store_add_event (self, job_id, GHOSTING_DISMISSED, NULL, NULL, NULL, error) ||
      (job = pursuit_store_get_job (self, job_id, error)) == NULL)
    return _pursuit_store_write_fail (self);

  /* The job page shows the timeline and the offer; both change. */
  _pursuit_store_queue_signal (self, PENDING_JOB_CHANGED, job, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
