/* pursuit-store-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

/* Shared by the files that make up PursuitStore (jobs, activity, backups,
 * migrations), and by PursuitJobDeletion, which puts rows back exactly as
 * they were. Nothing outside src/core uses these. */

typedef enum
{
  PENDING_NONE,
  PENDING_JOB_ADDED,
  PENDING_JOB_CHANGED,
  PENDING_JOB_REMOVED,
  PENDING_STAGE_CHANGED,
  PENDING_NOTE_ADDED,
  PENDING_INTERVIEW_SCHEDULED,
  PENDING_FOLLOW_UPS_CHANGED,
  PENDING_STAGES_CHANGED,
  PENDING_RELOADED,
  PENDING_NOTES_CHANGED,
  PENDING_CONTACTS_CHANGED,
  PENDING_DOCUMENTS_CHANGED,
  PENDING_INTERVIEW_CHANGED,
  /* Only announces #PursuitStore::schedule-changed (reminder state). */
  PENDING_SCHEDULE_CHANGED,
  PENDING_ACCOUNTS_CHANGED,
  /* id: the account whose outbox changed */
  PENDING_OUTBOX_CHANGED,
  /* mail messages or suggestions (pursuit-store-mail*.c) */
  PENDING_MAIL_CHANGED,
  /* matching (pursuit-store-cvs.c, -matching.c, -practice.c); practice:
   * id is the job */
  PENDING_PROFILE_CHANGED,
  PENDING_RECOMMENDATIONS_CHANGED,
  PENDING_PRACTICE_CHANGED,
  /* from: the company key (pursuit-store-companies.c) */
  PENDING_COMPANY_CHANGED,
} PendingSignal;

sqlite3      *_pursuit_store_get_db           (PursuitStore   *self);
sqlite3_stmt *_pursuit_store_prepare          (PursuitStore   *self,
                                               const char     *sql,
                                               GError        **error);
gboolean      _pursuit_store_step_done        (PursuitStore   *self,
                                               sqlite3_stmt   *stmt,
                                               GError        **error);
/* Reads one row into an object (PursuitAccount, PursuitMailMessage...). */
typedef gpointer (*PursuitStoreRowReader) (sqlite3_stmt *stmt);
gpointer      _pursuit_store_find_by_id       (PursuitStore   *self,
                                               const char     *sql,
                                               gint64          id,
                                               PursuitStoreRowReader read_row,
                                               const char     *reading,
                                               GError        **error,
                                               const char     *not_found,
                                               ...) G_GNUC_PRINTF (7, 8);
/* Of GObjects: unreffed with the array. */
GPtrArray    *_pursuit_store_read_rows        (PursuitStore   *self,
                                               sqlite3_stmt   *stmt,
                                               PursuitStoreRowReader read_row,
                                               const char     *reading,
                                               GError        **error);
gboolean      _pursuit_store_write_begin      (PursuitStore   *self,
                                               GError        **error);
gboolean      _pursuit_store_write_end        (PursuitStore   *self,
                                               GError        **error);
void          _pursuit_store_write_abort      (PursuitStore   *self);
void          _pursuit_store_queue_signal     (PursuitStore   *self,
                                               PendingSignal   signal,
                                               gpointer        object,
                                               gint64          id,
                                               const char     *from,
                                               const char     *to);
gint64        _pursuit_store_now              (PursuitStore   *self);
/* Changes whenever the cached recommendations are dropped (job, profile
 * or feedback changes; pursuit-store-matching.c). */
guint         _pursuit_store_get_recommendations_generation (PursuitStore *self);
gboolean      _pursuit_store_set_sqlite_error (GError        **error,
                                               sqlite3        *db,
                                               const char     *what);
gboolean      _pursuit_store_job_exists       (PursuitStore   *self,
                                               gint64          job_id,
                                               GError        **error);
gboolean      _pursuit_store_add_event        (PursuitStore   *self,
                                               gint64          job_id,
                                               const char     *kind,
                                               const char     *from_stage,
                                               const char     *to_stage,
                                               const char     *detail,
                                               GError        **error);
/* As _pursuit_store_add_event(), with a link (the message in Gmail) and
 * the time it happened: @created_at, or now when 0 (sample data has a
 * history). */
gboolean      _pursuit_store_add_event_full   (PursuitStore   *self,
                                               gint64          job_id,
                                               const char     *kind,
                                               const char     *from_stage,
                                               const char     *to_stage,
                                               const char     *detail,
                                               const char     *url,
                                               gint64          created_at,
                                               GError        **error);
/* The job counts as changed (job-changed once the write commits), for
 * changes outside its row such as a new timeline event. */
gboolean      _pursuit_store_touch_job        (PursuitStore   *self,
                                               gint64          job_id,
                                               GError        **error);
gboolean      _pursuit_store_check_text       (const char     *text,
                                               const char     *field,
                                               GError        **error);
gboolean      _pursuit_store_check_tag        (const char     *tag,
                                               GError        **error);

/* pursuit-store-activity.c: the writes of a job's notes, interviews,
 * follow-ups, contacts and documents, which live in files of their own
 * (pursuit-store-notes.c, -interviews.c, -contacts.c), share these. */
sqlite3_stmt *_pursuit_store_begin_insert     (PursuitStore   *self,
                                               gint64          job_id,
                                               gboolean        job_required,
                                               const char     *sql,
                                               GError        **error);
gint64        _pursuit_store_insert_row       (PursuitStore   *self,
                                               sqlite3_stmt   *stmt,
                                               PendingSignal   queue_signal,
                                               gpointer        object,
                                               gint64          job_id,
                                               GError        **error);
gboolean      _pursuit_store_find_row_job_id  (PursuitStore   *self,
                                               const char     *sql,
                                               gint64          id,
                                               gint64         *job_id);
gboolean      _pursuit_store_change_row       (PursuitStore   *self,
                                               sqlite3_stmt   *stmt,
                                               PendingSignal   queue_signal,
                                               gint64          job_id,
                                               GError        **error);
gboolean      _pursuit_store_has_control_characters (const char *text);

/* Interviews and follow-ups as rows (pursuit-store-schedule.c): every
 * reader selects these columns, in this order, so a new column is read
 * everywhere. */
#define PURSUIT_STORE_INTERVIEW_COLUMNS \
  "id, job_id, kind, starts_at, duration_minutes, location, interviewer, notes," \
  " created_at, interviewer_email, status, reminder_minutes, uid, updated_at"
#define PURSUIT_STORE_FOLLOW_UP_COLUMNS \
  "id, job_id, sequence, step, due_at, status, created_at, template, completed_at," \
  " interview_id"
PursuitInterview *_pursuit_store_interview_from_row (sqlite3_stmt     *stmt);
PursuitFollowUp  *_pursuit_store_follow_up_from_row (sqlite3_stmt     *stmt);
/* Validates an interview to be added or saved and fills in defaults
 * (kind, status, reminder-minutes); the uid is left to the insert. */
gboolean      _pursuit_store_check_interview   (PursuitInterview *interview,
                                                GError          **error);
gboolean      _pursuit_store_check_email       (const char       *email,
                                                GError          **error);
char         *_pursuit_store_new_uid           (void);

/* Interviews changed from a calendar (pursuit-store-remote.c): as the
 * public update and cancel, but the timeline names @remote_label's
 * calendar and no push goes back to @remote_account. */
gboolean      _pursuit_store_save_interview    (PursuitStore     *self,
                                                PursuitInterview *interview,
                                                gint64            remote_account,
                                                const char       *remote_label,
                                                GError          **error);
gboolean      _pursuit_store_cancel_interview_full (PursuitStore *self,
                                                gint64            interview_id,
                                                gint64            remote_account,
                                                const char       *remote_label,
                                                GError          **error);

/* Accounts and calendar pushes (pursuit-store-accounts.c,
 * pursuit-store-outbox.c). The queue functions run inside the caller's
 * write and coalesce: one pending push per account and item. */
gboolean      _pursuit_store_account_exists    (PursuitStore     *self,
                                                gint64            account_id,
                                                GError          **error);
gboolean      _pursuit_store_queue_interview_pushes (PursuitStore *self,
                                                gint64            interview_id,
                                                gint64            exclude_account,
                                                GError          **error);
gboolean      _pursuit_store_queue_job_follow_up_pushes (PursuitStore *self,
                                                gint64            job_id,
                                                GError          **error);
gboolean      _pursuit_store_queue_job_event_pushes (PursuitStore *self,
                                                gint64            job_id,
                                                GError          **error);
gboolean      _pursuit_store_queue_removed_job_pushes (PursuitStore *self,
                                                gint64            job_id,
                                                GError          **error);
gboolean      _pursuit_store_queue_account_pushes (PursuitStore  *self,
                                                gint64            account_id,
                                                GError          **error);
gboolean      _pursuit_store_queue_account_follow_up_pushes (PursuitStore *self,
                                                gint64            account_id,
                                                GError          **error);
gboolean      _pursuit_store_relink_calendar   (PursuitStore     *self,
                                                const char       *source,
                                                gint64            old_id,
                                                gint64            new_id,
                                                GError          **error);
gboolean      _pursuit_store_reset_calendar_state (PursuitStore  *self,
                                                GError          **error);

/* For undoing a job's deletion (pursuit-job-deletion.c). */
gboolean      _pursuit_store_restore_events    (PursuitStore     *self,
                                                gint64            job_id,
                                                GPtrArray        *events,
                                                GError          **error);
gboolean      _pursuit_store_restore_interview (PursuitStore     *self,
                                                PursuitInterview *interview,
                                                GError          **error);
gboolean      _pursuit_store_relink_documents  (PursuitStore     *self,
                                                gint64            job_id,
                                                GArray           *document_ids,
                                                GError          **error);

/* pursuit-store-sequences.c: writes the built-in follow-up sequences into
 * a database that has none (called by pursuit_store_new). */
gboolean      _pursuit_store_seed_sequences   (PursuitStore   *self,
                                               GError        **error);

/* pursuit-migrations.c */
int           _pursuit_migrations_get_version (sqlite3        *db);
gboolean      _pursuit_migrations_run         (sqlite3        *db,
                                               int             target_version,
                                               GError        **error);

/* For tests that need a database of an older schema. */
PursuitStore *_pursuit_store_new_at_version   (const char     *path,
                                               int             version,
                                               GError        **error);

/* Ends a failed write as _pursuit_store_write_abort() does, and returns
 * FALSE for the caller to return. */
static inline gboolean
_pursuit_store_write_fail (PursuitStore *self)
{
  _pursuit_store_write_abort (self);
  return FALSE;
}

static inline void
_pursuit_bind_text (sqlite3_stmt *stmt,
                    int           column,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

static inline void
_pursuit_bind_optional_int64 (sqlite3_stmt *stmt,
                              int           column,
                              gint64        value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, value);
}

static inline const char *
_pursuit_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

G_END_DECLS
