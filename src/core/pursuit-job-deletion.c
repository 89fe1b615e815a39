/* pursuit-job-deletion.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-deletion"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-deletion.h"

/* A deletion keeps a copy of each job and its notes, taken in the same
 * transaction as the delete, so Undo brings back exactly what went. Jobs
 * come back with new ids, as do their notes; interviews, follow-ups,
 * contacts and documents are not brought back. */

typedef struct
{
  PursuitJob *job;
  GPtrArray  *notes;
} Deleted;

struct _PursuitJobDeletion
{
  GObject       parent_instance;

  PursuitStore *store;
  GArray       *deleted;
  gboolean      undone;
};

G_DEFINE_FINAL_TYPE (PursuitJobDeletion, pursuit_job_deletion, G_TYPE_OBJECT)

static void
deleted_clear (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->job);
  g_clear_pointer (&deleted->notes, g_ptr_array_unref);
}

static void
pursuit_job_deletion_finalize (GObject *object)
{
  PursuitJobDeletion *self = (PursuitJobDeletion *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->deleted, g_array_unref);

  G_OBJECT_CLASS (pursuit_job_deletion_parent_class)->finalize (object);
}

static void
pursuit_job_deletion_class_init (PursuitJobDeletionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_job_deletion_finalize;
}

static void
pursuit_job_deletion_init (PursuitJobDeletion *self)
{
  self->deleted = g_array_new (FALSE, TRUE, sizeof (Deleted));
  g_array_set_clear_func (self->deleted, deleted_clear);
}

/**
 * pursuit_job_deletion_new:
 * @store: the store to delete from
 *
 * Returns: (transfer full): a new, empty deletion
 */
PursuitJobDeletion *
pursuit_job_deletion_new (PursuitStore *store)
{
  PursuitJobDeletion *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  self = g_object_new (PURSUIT_TYPE_JOB_DELETION, NULL);
  self->store = g_object_ref (store);

  return self;
}

/**
 * pursuit_job_deletion_delete:
 * @self: a deletion not used yet
 * @ids: (array length=n_ids): the jobs to delete
 * @n_ids: the number of jobs
 * @error: a location for a #GError
 *
 * Deletes the jobs in one transaction, keeping copies for
 * [method@Pursuit.JobDeletion.undo]. If any job cannot be deleted (one
 * was deleted already, the disk is full, ...) nothing is.
 *
 * Returns: %TRUE if every job was deleted
 */
gboolean
pursuit_job_deletion_delete (PursuitJobDeletion *self,
                             const gint64       *ids,
                             guint               n_ids,
                             GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DELETION (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (self->deleted->len == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pursuit_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      Deleted deleted = { NULL, NULL };

      deleted.job = pursuit_store_get_job (self->store, ids[i], error);
      if (deleted.job == NULL)
        goto failed;

      deleted.notes = pursuit_store_list_notes (self->store, ids[i]);
      g_array_append_val (self->deleted, deleted);

      if (!pursuit_store_remove_job (self->store, ids[i], error))
        goto failed;
    }

  /* A failed commit rolls back by itself. */
  if (!pursuit_store_commit (self->store, error))
    {
      g_array_set_size (self->deleted, 0);
      return FALSE;
    }

  return TRUE;

failed:
  pursuit_store_rollback (self->store);
  g_array_set_size (self->deleted, 0);
  return FALSE;
}

/**
 * pursuit_job_deletion_get_n_jobs:
 *
 * Returns: how many jobs were deleted
 */
guint
pursuit_job_deletion_get_n_jobs (PursuitJobDeletion *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DELETION (self), 0);
  return self->deleted->len;
}

/**
 * pursuit_job_deletion_get_job:
 * @self: a deletion
 * @index: which of the deleted jobs
 *
 * Returns: (transfer none): the copy of a deleted job, as it was
 */
PursuitJob *
pursuit_job_deletion_get_job (PursuitJobDeletion *self,
                              guint               index)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DELETION (self), NULL);
  g_return_val_if_fail (index < self->deleted->len, NULL);

  return g_array_index (self->deleted, Deleted, index).job;
}

static gboolean
restore (PursuitJobDeletion *self,
         Deleted            *deleted,
         GError            **error)
{
  g_autoptr(PursuitJob) job = pursuit_job_copy (deleted->job);
  gint64 job_id;

  pursuit_job_set_id (job, 0);
  job_id = pursuit_store_add_job (self->store, job, error);
  if (job_id == 0)
    return FALSE;

  for (guint i = 0; deleted->notes != NULL && i < deleted->notes->len; i++)
    {
      PursuitNote *original = g_ptr_array_index (deleted->notes, i);
      g_autoptr(PursuitNote) note = pursuit_note_new ();
      gint64 note_id;

      /* A copy, so a failed undo can be tried again from the same notes. */
      pursuit_note_set_job_id (note, job_id);
      pursuit_note_set_kind (note, pursuit_note_get_kind (original));
      pursuit_note_set_body (note, pursuit_note_get_body (original));
      pursuit_note_set_tags (note, pursuit_note_get_tags (original));
      pursuit_note_set_priority (note, pursuit_note_get_priority (original));
      pursuit_note_set_due_at (note, pursuit_note_get_due_at (original));
      pursuit_note_set_created_at (note, pursuit_note_get_created_at (original));

      note_id = pursuit_store_add_note (self->store, note, error);
      if (note_id == 0)
        return FALSE;

      if (pursuit_note_get_done (original) &&
          !pursuit_store_set_note_done (self->store, note_id, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_job_deletion_undo:
 * @self: a deletion
 * @error: a location for a #GError
 *
 * Adds the deleted jobs back, with their notes, in one transaction: all of
 * them or none. They get new ids. Undoing twice is refused.
 *
 * Returns: %TRUE if every job is back
 */
gboolean
pursuit_job_deletion_undo (PursuitJobDeletion *self,
                           GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DELETION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->undone)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The deleted jobs are back already"));
      return FALSE;
    }

  if (!pursuit_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < self->deleted->len; i++)
    if (!restore (self, &g_array_index (self->deleted, Deleted, i), error))
      {
        pursuit_store_rollback (self->store);
        return FALSE;
      }

  if (!pursuit_store_commit (self->store, error))
    return FALSE;

  self->undone = TRUE;
  return TRUE;
}
