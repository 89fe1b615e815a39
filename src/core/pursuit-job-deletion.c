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
#include "pursuit-store-private.h"

/* A deletion keeps a copy of each job and of everything that went with it,
 * taken in the same transaction as the delete, so Undo brings back exactly
 * what went: the job, its notes, contacts, interviews, follow-ups and
 * timeline, with their times, and the links of its documents (which
 * outlive the job). Jobs and their rows come back with new ids. */

/* A row of reminder_state: whether a reminder fired, and its snooze. */
typedef struct
{
  char   *source;
  gint64  source_id;
  gint64  offset_minutes;
  gint64  fired_due_at;
  gint64  snoozed_until;
} ReminderState;

typedef struct
{
  PursuitJob *job;
  GPtrArray  *notes;
  GPtrArray  *contacts;
  GPtrArray  *interviews;
  GPtrArray  *follow_ups;
  GPtrArray  *events;
  GArray     *document_ids;
  GArray     *reminder_states;
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
  g_clear_pointer (&deleted->contacts, g_ptr_array_unref);
  g_clear_pointer (&deleted->interviews, g_ptr_array_unref);
  g_clear_pointer (&deleted->follow_ups, g_ptr_array_unref);
  g_clear_pointer (&deleted->events, g_ptr_array_unref);
  g_clear_pointer (&deleted->document_ids, g_array_unref);
  g_clear_pointer (&deleted->reminder_states, g_array_unref);
}

static void
reminder_state_clear (gpointer data)
{
  ReminderState *state = data;

  g_clear_pointer (&state->source, g_free);
}

/* Without their state, restored reminders that fired long ago would all
 * fire again. */
static gboolean
collect_reminder_states (PursuitStore  *store,
                         gint64         job_id,
                         Deleted       *deleted,
                         GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  deleted->reminder_states = g_array_new (FALSE, TRUE, sizeof (ReminderState));
  g_array_set_clear_func (deleted->reminder_states, reminder_state_clear);

  stmt = _pursuit_store_prepare (store,
                                 "SELECT source, source_id, offset_minutes, coalesce (fired_due_at, 0),"
                                 " coalesce (snoozed_until, 0) FROM reminder_state"
                                 " WHERE (source = 'interview' AND source_id IN (SELECT id FROM interviews WHERE job_id = ?1))"
                                 " OR (source = 'follow-up' AND source_id IN (SELECT id FROM follow_ups WHERE job_id = ?1))"
                                 " OR (source = 'note' AND source_id IN (SELECT id FROM notes WHERE job_id = ?1))",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ReminderState state = {
        .source = g_strdup ((const char *)sqlite3_column_text (stmt, 0)),
        .source_id = sqlite3_column_int64 (stmt, 1),
        .offset_minutes = sqlite3_column_int64 (stmt, 2),
        .fired_due_at = sqlite3_column_int64 (stmt, 3),
        .snoozed_until = sqlite3_column_int64 (stmt, 4),
      };

      g_array_append_val (deleted->reminder_states, state);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (store), "reading reminders");

  return TRUE;
}

/* Takes everything that deleting @job_id removes or unlinks. */
static gboolean
collect (PursuitStore  *store,
         gint64         job_id,
         Deleted       *deleted,
         GError       **error)
{
  g_autoptr(GPtrArray) documents = NULL;

  deleted->job = pursuit_store_get_job (store, job_id, error);
  if (deleted->job == NULL)
    return FALSE;

  deleted->notes = pursuit_store_list_notes (store, job_id);
  deleted->contacts = pursuit_store_list_contacts (store, job_id);
  deleted->interviews = pursuit_store_list_interviews (store, job_id);
  deleted->follow_ups = pursuit_store_list_follow_ups (store, job_id);
  deleted->events = pursuit_store_list_events (store, job_id);
  if (!collect_reminder_states (store, job_id, deleted, error))
    return FALSE;

  documents = pursuit_store_list_documents (store, job_id);
  deleted->document_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), documents->len);
  for (guint i = 0; i < documents->len; i++)
    {
      gint64 id = pursuit_document_get_id (g_ptr_array_index (documents, i));

      g_array_append_val (deleted->document_ids, id);
    }

  return TRUE;
}

/* A copy of a note, contact, interview or follow-up for @job_id, without
 * its id: the store sets ids on what it adds, and a failed undo is tried
 * again from the untouched originals. */
static gpointer
copy_row (gpointer original,
          gint64   job_id)
{
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy = g_object_new (G_OBJECT_TYPE (original), NULL);
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (original), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (original, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  g_object_set (copy, "id", (gint64)0, "job-id", job_id, NULL);
  return copy;
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
 * Deletes the jobs in one transaction, keeping copies of them and of
 * their notes, contacts, interviews, follow-ups, timelines and document
 * links for [method@Pursuit.JobDeletion.undo]. If any job cannot be
 * deleted (one was deleted already, the disk is full, ...) nothing is.
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
      Deleted deleted = { 0, };

      /* Appended first, so a failure half way is cleared with the rest. */
      g_array_append_val (self->deleted, deleted);
      if (!collect (self->store, ids[i],
                    &g_array_index (self->deleted, Deleted, self->deleted->len - 1), error) ||
          !pursuit_store_remove_job (self->store, ids[i], error))
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

/* Puts back the reminder states of the restored rows, under their new ids
 * (@ids maps "source:old id" to the new id). */
static gboolean
restore_reminder_states (PursuitStore  *store,
                         GArray        *states,
                         GHashTable    *ids,
                         GError       **error)
{
  for (guint i = 0; i < states->len; i++)
    {
      ReminderState *state = &g_array_index (states, ReminderState, i);
      g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, state->source, state->source_id);
      gint64 *new_id = g_hash_table_lookup (ids, key);
      sqlite3_stmt *stmt;

      if (new_id == NULL)
        continue;

      stmt = _pursuit_store_prepare (store,
                                     "INSERT OR REPLACE INTO reminder_state"
                                     " (source, source_id, offset_minutes, fired_due_at, snoozed_until)"
                                     " VALUES (?, ?, ?, ?, ?)",
                                     error);
      if (stmt == NULL)
        return FALSE;

      _pursuit_bind_text (stmt, 1, state->source);
      sqlite3_bind_int64 (stmt, 2, *new_id);
      sqlite3_bind_int64 (stmt, 3, state->offset_minutes);
      _pursuit_bind_optional_int64 (stmt, 4, state->fired_due_at);
      _pursuit_bind_optional_int64 (stmt, 5, state->snoozed_until);
      if (!_pursuit_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
remember_id (GHashTable *ids,
             const char *source,
             gint64      old_id,
             gint64      new_id)
{
  gint64 *value = g_new (gint64, 1);

  *value = new_id;
  g_hash_table_insert (ids, g_strdup_printf ("%s:%" G_GINT64_FORMAT, source, old_id), value);
}

static gint64
lookup_id (GHashTable *ids,
           const char *source,
           gint64      old_id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, source, old_id);
  gint64 *new_id = g_hash_table_lookup (ids, key);

  return new_id != NULL ? *new_id : 0;
}

static gboolean
restore (PursuitJobDeletion *self,
         Deleted            *deleted,
         GError            **error)
{
  g_autoptr(PursuitJob) job = pursuit_job_copy (deleted->job);
  g_autoptr(PursuitJob) restored = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 job_id;

  pursuit_job_set_id (job, 0);
  job_id = pursuit_store_add_job (self->store, job, error);
  if (job_id == 0)
    return FALSE;

  /* Its timeline first: adding the job wrote a "created" event of now. */
  if (!_pursuit_store_restore_events (self->store, job_id, deleted->events, error))
    return FALSE;

  for (guint i = 0; i < deleted->notes->len; i++)
    {
      PursuitNote *original = g_ptr_array_index (deleted->notes, i);
      g_autoptr(PursuitNote) note = copy_row (original, job_id);

      if (pursuit_store_add_note (self->store, note, error) == 0)
        return FALSE;
      remember_id (ids, "note", pursuit_note_get_id (original), pursuit_note_get_id (note));
    }

  for (guint i = 0; i < deleted->contacts->len; i++)
    {
      g_autoptr(PursuitContact) contact = copy_row (g_ptr_array_index (deleted->contacts, i), job_id);

      if (pursuit_store_add_contact_full (self->store, contact, error) == 0)
        return FALSE;
    }

  for (guint i = 0; i < deleted->interviews->len; i++)
    {
      PursuitInterview *original = g_ptr_array_index (deleted->interviews, i);
      g_autoptr(PursuitInterview) interview = copy_row (original, job_id);

      if (!_pursuit_store_restore_interview (self->store, interview, error) ||
          !_pursuit_store_relink_calendar (self->store, "interview", pursuit_interview_get_id (original),
                                           pursuit_interview_get_id (interview), error))
        return FALSE;
      remember_id (ids, "interview", pursuit_interview_get_id (original), pursuit_interview_get_id (interview));
    }

  for (guint i = 0; i < deleted->follow_ups->len; i++)
    {
      PursuitFollowUp *original = g_ptr_array_index (deleted->follow_ups, i);
      g_autoptr(PursuitFollowUp) follow_up = copy_row (original, job_id);

      /* A thank-you hangs on its interview, which has a new id too. */
      pursuit_follow_up_set_interview_id (follow_up,
                                          lookup_id (ids, "interview",
                                                     pursuit_follow_up_get_interview_id (original)));
      if (pursuit_store_add_follow_up (self->store, follow_up, error) == 0 ||
          !_pursuit_store_relink_calendar (self->store, "follow-up", pursuit_follow_up_get_id (original),
                                           pursuit_follow_up_get_id (follow_up), error))
        return FALSE;
      remember_id (ids, "follow-up", pursuit_follow_up_get_id (original), pursuit_follow_up_get_id (follow_up));
    }

  if (!restore_reminder_states (self->store, deleted->reminder_states, ids, error) ||
      !_pursuit_store_relink_documents (self->store, job_id, deleted->document_ids, error))
    return FALSE;

  /* #PursuitStore::job-added brought the job without its activity: what
   * is due next (on its card) comes from its interviews and follow-ups. */
  restored = pursuit_store_get_job (self->store, job_id, error);
  if (restored == NULL)
    return FALSE;

  _pursuit_store_queue_signal (self->store, PENDING_JOB_CHANGED, restored, 0, NULL, NULL);
  return TRUE;
}

/**
 * pursuit_job_deletion_undo:
 * @self: a deletion
 * @error: a location for a #GError
 *
 * Adds the deleted jobs back with everything that went with them, in one
 * transaction: all of them or none. They get new ids. Undoing twice is
 * refused.
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
                           _("This deletion was undone already"));
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
