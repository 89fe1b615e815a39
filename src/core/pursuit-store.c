/* pursuit-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pursuit-pipeline.h"
#include "pursuit-store-private.h"

typedef struct
{
  PendingSignal  signal;
  gpointer       object;
  gint64         id;
  char          *from;
  char          *to;
} PendingEmission;

struct _PursuitStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  GHashTable  *statements;

  /* Writes nest: only the outermost one is a transaction. SQLite
   * savepoints would make FTS5 flush its index at each nested write, which
   * costs more than the writes. A nested write that fails dooms the whole
   * transaction instead. Signals wait in @pending until the outermost write
   * commits, so listeners never see a change that is rolled back. */
  guint        write_depth;
  gboolean     write_failed;
  GQueue       pending;
  /* Whether the pending signals changed what the calendar or the reminders
   * show: #PursuitStore::schedule-changed follows them, once. */
  gboolean     schedule_changed;

  /* Every column of the board asks for the same search on a keystroke:
   * the last answer is kept until the next write. */
  char        *search_query;
  GHashTable  *search_ids;

  /* Bumped whenever the cached recommendations are dropped, so a ranking
   * that started before a change does not cache what it found. */
  guint        recommendations_generation;
  gboolean     recommendations_dropped;
};

G_DEFINE_FINAL_TYPE (PursuitStore, pursuit_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (pursuit-store-error-quark, pursuit_store_error)

enum {
  JOB_ADDED,
  JOB_CHANGED,
  JOB_REMOVED,
  STAGE_CHANGED,
  NOTE_ADDED,
  INTERVIEW_SCHEDULED,
  FOLLOW_UPS_CHANGED,
  STAGES_CHANGED,
  RELOADED,
  NOTES_CHANGED,
  CONTACTS_CHANGED,
  DOCUMENTS_CHANGED,
  INTERVIEW_CHANGED,
  SCHEDULE_CHANGED,
  ACCOUNTS_CHANGED,
  OUTBOX_CHANGED,
  MAIL_CHANGED,
  PROFILE_CHANGED,
  RECOMMENDATIONS_CHANGED,
  PRACTICE_CHANGED,
  COMPANY_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

#define JOB_COLUMNS \
  "j.id, j.title, c.name, j.location, j.remote, j.salary_min, j.salary_max, j.currency," \
  " j.salary_period, j.url, j.apply_url, j.description, j.source, j.employment_type," \
  " j.posted_date, j.deadline, j.stage, j.applied_date, j.match_score, j.resume," \
  " j.cover_letter, j.withdraw_reason, j.created_at, j.updated_at, j.stage_changed_at," \
  " (SELECT group_concat (t.tag, char (31)) FROM job_tags t WHERE t.job_id = j.id)," \
  NEXT_DUE_COLUMN

/* The job's next open item, in one value so a single lookup per job gives
 * both the time and the kind: due time * 4 + kind (1 follow-up,
 * 2 interview, 3 reminder), the smallest wins. Overdue follow-ups and
 * reminders are still open; an interview is only ahead until it starts.
 * bind_now() binds ?9, the current time; statements that read jobs number
 * their own parameters from ?1, since SQLite would give an unnumbered one
 * the number after 9. The unary + keeps SQLite off follow_ups_by_due,
 * which would scan every pending follow-up once per job. */
#define NEXT_DUE_COLUMN \
  " (SELECT min (due) FROM (" \
  "   SELECT min (f.due_at) * 4 + 1 AS due FROM follow_ups f" \
  "    WHERE f.job_id = j.id AND +f.status = 'pending' AND f.due_at > 0" \
  "   UNION ALL SELECT min (i.starts_at) * 4 + 2 FROM interviews i" \
  "    WHERE i.job_id = j.id AND i.starts_at >= ?9 AND i.status = 'scheduled'" \
  "   UNION ALL SELECT min (n.due_at) * 4 + 3 FROM notes n" \
  "    WHERE n.job_id = j.id AND n.done = 0 AND n.due_at > 0))"

/* Tags never hold control characters, so the unit separator splits them. */
#define TAG_SEPARATOR "\x1f"
#define MAX_TAG_LENGTH 64

#define JOB_FROM " FROM jobs j LEFT JOIN companies c ON c.id = j.company_id "

static void
pending_emission_free (gpointer data)
{
  PendingEmission *emission = data;

  g_clear_object (&emission->object);
  g_free (emission->from);
  g_free (emission->to);
  g_free (emission);
}

gboolean
_pursuit_store_set_sqlite_error (GError     **error,
                                 sqlite3     *db,
                                 const char  *what)
{
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE,
               _("Database error while %s: %s"), what, sqlite3_errmsg (db));
  return FALSE;
}

sqlite3 *
_pursuit_store_get_db (PursuitStore *self)
{
  return self->db;
}

gint64
_pursuit_store_now (PursuitStore *self)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Statements are cached by the address of their SQL literal. */
sqlite3_stmt *
_pursuit_store_prepare (PursuitStore  *self,
                        const char    *sql,
                        GError       **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _pursuit_store_set_sqlite_error (error, self->db, "preparing a query");
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);
  return stmt;
}

gboolean
_pursuit_store_step_done (PursuitStore  *self,
                          sqlite3_stmt  *stmt,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  return _pursuit_store_set_sqlite_error (error, self->db, "writing");
}

/* The row @sql selects by @id (its one parameter), as @read_row makes
 * it, or NULL with @error set: NOT_FOUND saying @not_found when there is
 * no such row, else the SQLite error while @reading. */
gpointer
_pursuit_store_find_by_id (PursuitStore          *self,
                           const char            *sql,
                           gint64                 id,
                           PursuitStoreRowReader  read_row,
                           const char            *reading,
                           GError               **error,
                           const char            *not_found,
                           ...)
{
  gpointer row = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    row = read_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_autofree char *message = NULL;
      va_list args;

      va_start (args, not_found);
      message = g_strdup_vprintf (not_found, args);
      va_end (args);

      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND, message);
    }
  else if (rc != SQLITE_ROW)
    _pursuit_store_set_sqlite_error (error, self->db, reading);

  return row;
}

/* Every row @stmt (prepared, its parameters bound) selects, as @read_row
 * makes them, or NULL with @error set to the SQLite error while @reading. */
GPtrArray *
_pursuit_store_read_rows (PursuitStore           *self,
                          sqlite3_stmt           *stmt,
                          PursuitStoreRowReader   read_row,
                          const char             *reading,
                          GError                **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, self->db, reading);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static gboolean
exec_simple (PursuitStore  *self,
             const char    *sql,
             GError       **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, self->db, "running a transaction");

  return TRUE;
}

gboolean
_pursuit_store_write_begin (PursuitStore  *self,
                            GError       **error)
{
  g_clear_pointer (&self->search_query, g_free);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);

  if (self->write_depth == 0)
    {
      if (!exec_simple (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->write_failed = FALSE;
      self->recommendations_dropped = FALSE;
    }

  self->write_depth++;
  return TRUE;
}

static void
emit_pending (PursuitStore *self)
{
  PendingEmission *emission;

  while ((emission = g_queue_pop_head (&self->pending)))
    {
      switch (emission->signal)
        {
        case PENDING_JOB_ADDED:
          g_signal_emit (self, signals [JOB_ADDED], 0, emission->object);
          break;
        case PENDING_JOB_CHANGED:
          g_signal_emit (self, signals [JOB_CHANGED], 0, emission->object);
          break;
        case PENDING_JOB_REMOVED:
          g_signal_emit (self, signals [JOB_REMOVED], 0, emission->id);
          break;
        case PENDING_STAGE_CHANGED:
          g_signal_emit (self, signals [STAGE_CHANGED], 0,
                         emission->object, emission->from, emission->to);
          break;
        case PENDING_NOTE_ADDED:
          g_signal_emit (self, signals [NOTE_ADDED], 0, emission->object);
          break;
        case PENDING_INTERVIEW_SCHEDULED:
          g_signal_emit (self, signals [INTERVIEW_SCHEDULED], 0, emission->object);
          break;
        case PENDING_FOLLOW_UPS_CHANGED:
          g_signal_emit (self, signals [FOLLOW_UPS_CHANGED], 0, emission->id);
          break;
        case PENDING_STAGES_CHANGED:
          g_signal_emit (self, signals [STAGES_CHANGED], 0);
          break;
        case PENDING_RELOADED:
          g_signal_emit (self, signals [RELOADED], 0);
          break;
        case PENDING_NOTES_CHANGED:
          g_signal_emit (self, signals [NOTES_CHANGED], 0, emission->id);
          break;
        case PENDING_CONTACTS_CHANGED:
          g_signal_emit (self, signals [CONTACTS_CHANGED], 0, emission->id);
          break;
        case PENDING_DOCUMENTS_CHANGED:
          g_signal_emit (self, signals [DOCUMENTS_CHANGED], 0, emission->id);
          break;
        case PENDING_INTERVIEW_CHANGED:
          g_signal_emit (self, signals [INTERVIEW_CHANGED], 0, emission->object);
          break;
        case PENDING_ACCOUNTS_CHANGED:
          g_signal_emit (self, signals [ACCOUNTS_CHANGED], 0);
          break;
        case PENDING_OUTBOX_CHANGED:
          g_signal_emit (self, signals [OUTBOX_CHANGED], 0, emission->id);
          break;
        case PENDING_MAIL_CHANGED:
          g_signal_emit (self, signals [MAIL_CHANGED], 0);
          break;
        case PENDING_PROFILE_CHANGED:
          g_signal_emit (self, signals [PROFILE_CHANGED], 0);
          break;
        case PENDING_RECOMMENDATIONS_CHANGED:
          g_signal_emit (self, signals [RECOMMENDATIONS_CHANGED], 0);
          break;
        case PENDING_PRACTICE_CHANGED:
          g_signal_emit (self, signals [PRACTICE_CHANGED], 0, emission->id);
          break;
        case PENDING_COMPANY_CHANGED:
          g_signal_emit (self, signals [COMPANY_CHANGED], 0, emission->from);
          break;
        case PENDING_SCHEDULE_CHANGED:
          break;
        case PENDING_NONE:
        default:
          g_assert_not_reached ();
        }

      pending_emission_free (emission);
    }

  /* Last, so the calendar and the scheduler read a store whose other
   * listeners (the automation) have done their part. A handler above that
   * wrote has emitted it already, with the rest of the queue. */
  if (self->schedule_changed)
    {
      self->schedule_changed = FALSE;
      g_signal_emit (self, signals [SCHEDULE_CHANGED], 0);
    }
}

/* Signals that only tell views what to show again, as opposed to those
 * the automation acts on (stage-changed, interview-scheduled) or that
 * change the columns (stages-changed). */
static gboolean
is_view_signal (PendingSignal signal)
{
  switch (signal)
    {
    case PENDING_JOB_ADDED:
    case PENDING_JOB_CHANGED:
    case PENDING_JOB_REMOVED:
    case PENDING_NOTE_ADDED:
    case PENDING_FOLLOW_UPS_CHANGED:
    case PENDING_NOTES_CHANGED:
    case PENDING_CONTACTS_CHANGED:
    case PENDING_DOCUMENTS_CHANGED:
    case PENDING_RELOADED:
      return TRUE;
    case PENDING_STAGE_CHANGED:
    case PENDING_INTERVIEW_SCHEDULED:
    case PENDING_INTERVIEW_CHANGED:
    case PENDING_SCHEDULE_CHANGED:
    case PENDING_STAGES_CHANGED:
    case PENDING_ACCOUNTS_CHANGED:
    case PENDING_OUTBOX_CHANGED:
    case PENDING_MAIL_CHANGED:
    case PENDING_PROFILE_CHANGED:
    case PENDING_RECOMMENDATIONS_CHANGED:
    case PENDING_PRACTICE_CHANGED:
    case PENDING_COMPANY_CHANGED:
    case PENDING_NONE:
    default:
      return FALSE;
    }
}

/* A large transaction (an import, a bulk edit of hundreds of jobs) would
 * make every view answer thousands of signals one by one, each re-sorting
 * and rebinding: announcing one "reloaded" instead lets each view read the
 * store once. The signals the automation acts on are kept, after it. */
static void
collapse_pending (PursuitStore *self)
{
  GQueue kept = G_QUEUE_INIT;
  PendingEmission *emission;
  guint n_view = 0;

  for (GList *l = self->pending.head; l != NULL; l = l->next)
    n_view += is_view_signal (((PendingEmission *)l->data)->signal);

  if (n_view < PURSUIT_STORE_COLLAPSE_SIGNALS)
    return;

  while ((emission = g_queue_pop_head (&self->pending)))
    {
      if (is_view_signal (emission->signal))
        pending_emission_free (emission);
      else
        g_queue_push_tail (&kept, emission);
    }

  emission = g_new0 (PendingEmission, 1);
  emission->signal = PENDING_RELOADED;
  g_queue_push_tail (&self->pending, emission);

  while ((emission = g_queue_pop_head (&kept)))
    g_queue_push_tail (&self->pending, emission);
}

static void
rollback_transaction (PursuitStore *self)
{
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_queue_clear_full (&self->pending, pending_emission_free);
  self->schedule_changed = FALSE;
  self->write_depth = 0;
  self->write_failed = FALSE;
}

gboolean
_pursuit_store_write_end (PursuitStore  *self,
                          GError       **error)
{
  g_assert (self->write_depth > 0);

  if (self->write_depth > 1)
    {
      self->write_depth--;
      return TRUE;
    }

  if (self->write_failed)
    {
      rollback_transaction (self);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE,
                   _("A write in this transaction failed, so none of it was kept"));
      return FALSE;
    }

  if (!exec_simple (self, "COMMIT", error))
    {
      rollback_transaction (self);
      return FALSE;
    }

  self->write_depth = 0;
  collapse_pending (self);
  emit_pending (self);
  return TRUE;
}

void
_pursuit_store_write_abort (PursuitStore *self)
{
  g_assert (self->write_depth > 0);

  if (self->write_depth == 1)
    rollback_transaction (self);
  else
    {
      self->write_failed = TRUE;
      self->write_depth--;
    }
}

/* For a change to a job that is not in its row (its tags, its activity):
 * the job counts as updated, so lists that put the latest first stay in
 * order, and #PursuitStore::job-changed brings the job as it is now. A
 * job that is gone is no error: its removal is announced already. */
static gboolean
touch_job (PursuitStore  *self,
           gint64         job_id,
           GError       **error)
{
  g_autoptr(PursuitJob) job = NULL;
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self, "UPDATE jobs SET updated_at = max (updated_at, ?) WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, _pursuit_store_now (self));
  sqlite3_bind_int64 (stmt, 2, job_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  job = pursuit_store_get_job (self, job_id, error);
  if (job == NULL)
    return FALSE;

  _pursuit_store_queue_signal (self, PENDING_JOB_CHANGED, job, 0, NULL, NULL);
  return TRUE;
}

/* The job whose notes, interviews or follow-ups @signal reports a change
 * of, or 0. */
static gint64
activity_job_id (PendingSignal signal,
                 gpointer      object,
                 gint64        id)
{
  switch (signal)
    {
    case PENDING_NOTE_ADDED:
      return object != NULL ? pursuit_note_get_job_id (object) : 0;
    case PENDING_INTERVIEW_SCHEDULED:
    case PENDING_INTERVIEW_CHANGED:
      return object != NULL ? pursuit_interview_get_job_id (object) : 0;
    case PENDING_NOTES_CHANGED:
    case PENDING_FOLLOW_UPS_CHANGED:
      return id;
    default:
      return 0;
    }
}

/* Columns, contacts and documents are not on the calendar; everything else
 * (jobs' titles and deadlines, stages that close a job, activity, reminder
 * state) may be. */
static gboolean
changes_schedule (PendingSignal signal)
{
  switch (signal)
    {
    case PENDING_STAGES_CHANGED:
    case PENDING_CONTACTS_CHANGED:
    case PENDING_DOCUMENTS_CHANGED:
    case PENDING_ACCOUNTS_CHANGED:
    case PENDING_OUTBOX_CHANGED:
    case PENDING_MAIL_CHANGED:
    case PENDING_PROFILE_CHANGED:
    case PENDING_RECOMMENDATIONS_CHANGED:
    case PENDING_PRACTICE_CHANGED:
    case PENDING_COMPANY_CHANGED:
    case PENDING_NONE:
      return FALSE;
    default:
      return TRUE;
    }
}

/* Recommendations rank postings against the profile with what the user
 * did to every other job: any of these makes the cached ranking stale. */
static gboolean
drops_recommendations (PendingSignal signal)
{
  switch (signal)
    {
    case PENDING_JOB_ADDED:
    case PENDING_JOB_CHANGED:
    case PENDING_JOB_REMOVED:
    case PENDING_STAGE_CHANGED:
    case PENDING_RELOADED:
    case PENDING_PROFILE_CHANGED:
    case PENDING_RECOMMENDATIONS_CHANGED:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Once per transaction: a bulk write queues thousands of job signals. */
static gboolean
drop_recommendations (PursuitStore *self)
{
  sqlite3_stmt *stmt;

  if (self->recommendations_dropped && self->write_depth > 0)
    return TRUE;

  self->recommendations_generation++;
  self->recommendations_dropped = TRUE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM cache WHERE namespace = 'recommendations'", NULL);
  return stmt != NULL && _pursuit_store_step_done (self, stmt, NULL);
}

guint
_pursuit_store_get_recommendations_generation (PursuitStore *self)
{
  return self->recommendations_generation;
}

static gboolean
is_pending (PursuitStore  *self,
            PendingSignal  signal,
            gint64         id)
{
  for (GList *l = self->pending.head; l != NULL; l = l->next)
    {
      PendingEmission *emission = l->data;

      if (emission->signal == signal && emission->id == id)
        return TRUE;
    }

  return FALSE;
}

void
_pursuit_store_queue_signal (PursuitStore  *self,
                             PendingSignal  signal,
                             gpointer       object,
                             gint64         id,
                             const char    *from,
                             const char    *to)
{
  PendingEmission *emission;
  gint64 activity_job;

  if (signal == PENDING_NONE)
    return;

  if (changes_schedule (signal))
    self->schedule_changed = TRUE;

  if (signal == PENDING_SCHEDULE_CHANGED)
    {
      if (self->write_depth == 0)
        emit_pending (self);
      return;
    }

  /* A follow-up's event follows it, for the accounts that want them. */
  if (signal == PENDING_FOLLOW_UPS_CHANGED && id != 0 &&
      !_pursuit_store_queue_job_follow_up_pushes (self, id, NULL) && self->write_depth > 0)
    self->write_failed = TRUE;

  /* An account's state and its outbox are announced once per transaction,
   * however many items it queued. */
  if ((signal == PENDING_ACCOUNTS_CHANGED || signal == PENDING_OUTBOX_CHANGED ||
       signal == PENDING_MAIL_CHANGED || signal == PENDING_PROFILE_CHANGED ||
       signal == PENDING_RECOMMENDATIONS_CHANGED || signal == PENDING_PRACTICE_CHANGED) &&
      is_pending (self, signal, id))
    return;

  if (drops_recommendations (signal) &&
      !drop_recommendations (self) && self->write_depth > 0)
    self->write_failed = TRUE;

  /* A job's activity decides its next due item, which the board shows on
   * its card: the job changes with it. Its job-changed goes first, so a
   * handler of the activity's own signal that moves the job (the
   * automation does for interviews) announces the newer job last. */
  activity_job = activity_job_id (signal, object, id);
  if (activity_job != 0 && !touch_job (self, activity_job, NULL) && self->write_depth > 0)
    self->write_failed = TRUE;

  emission = g_new0 (PendingEmission, 1);
  emission->signal = signal;
  emission->object = object != NULL ? g_object_ref (object) : NULL;
  emission->id = id;
  emission->from = g_strdup (from);
  emission->to = g_strdup (to);

  g_queue_push_tail (&self->pending, emission);

  if (self->write_depth == 0)
    emit_pending (self);
}

gboolean
_pursuit_store_check_text (const char  *text,
                           const char  *field,
                           GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The %s is not valid UTF-8 text"), field);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_date (const char  *text,
            const char  *field,
            GError     **error)
{
  int year, month, day;
  char end;

  if (text == NULL)
    return TRUE;

  if (strlen (text) != 10 ||
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      text[4] != '-' || text[7] != '-' ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The %s “%s” is not a valid date (use YYYY-MM-DD)"), field, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_web_address (const char  *text,
                   const char  *field,
                   GError     **error)
{
  g_autofree char *scheme = NULL;

  if (text == NULL)
    return TRUE;

  scheme = g_uri_parse_scheme (text);
  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      !g_uri_is_valid (text, G_URI_FLAGS_PARSE_RELAXED, NULL))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The %s “%s” is not a web address (http or https)"), field, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_currency (const char  *text,
                GError     **error)
{
  if (text == NULL)
    return TRUE;

  if (strlen (text) != 3 ||
      !g_ascii_isupper (text[0]) || !g_ascii_isupper (text[1]) || !g_ascii_isupper (text[2]))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The currency “%s” is not a three-letter ISO 4217 code such as EUR"), text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_salary_period (const char  *period,
                     GError     **error)
{
  static const char * const periods[] = { "HOUR", "DAY", "WEEK", "MONTH", "YEAR", NULL };

  if (period == NULL || g_strv_contains (periods, period))
    return TRUE;

  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("The salary period “%s” is not one of HOUR, DAY, WEEK, MONTH or YEAR"), period);
  return FALSE;
}

static gboolean
check_job_text (PursuitJob  *job,
                GError     **error)
{
  const struct {
    const char *value;
    const char *field;
  } fields[] = {
    { pursuit_job_get_title (job), _("title") },
    { pursuit_job_get_company (job), _("company") },
    { pursuit_job_get_location (job), _("location") },
    { pursuit_job_get_salary_period (job), _("salary period") },
    { pursuit_job_get_description (job), _("description") },
    { pursuit_job_get_source (job), _("source") },
    { pursuit_job_get_employment_type (job), _("employment type") },
    { pursuit_job_get_resume (job), _("resume") },
    { pursuit_job_get_cover_letter (job), _("cover letter") },
    { pursuit_job_get_withdraw_reason (job), _("withdraw reason") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!_pursuit_store_check_text (fields[i].value, fields[i].field, error))
      return FALSE;

  return TRUE;
}

gboolean
_pursuit_store_check_tag (const char  *tag,
                          GError     **error)
{
  if (!g_utf8_validate (tag, -1, NULL))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A tag is not valid UTF-8 text"));
      return FALSE;
    }

  if (tag[0] == '\0')
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A tag cannot be empty"));
      return FALSE;
    }

  if (g_utf8_strlen (tag, -1) > MAX_TAG_LENGTH)
    {
      g_autofree char *start = g_utf8_substring (tag, 0, 20);

      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The tag “%s…” is longer than %d characters"), start, MAX_TAG_LENGTH);
      return FALSE;
    }

  /* Commas separate tags wherever they are written as text (CSV, the
   * command line, the tag entry), so a tag cannot hold one. */
  if (strchr (tag, ',') != NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The tag “%s” contains a comma, which separates tags"), tag);
      return FALSE;
    }

  for (const char *p = tag; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("A tag cannot contain control characters or line breaks"));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_tags (const char * const  *tags,
            GError             **error)
{
  for (guint i = 0; tags[i] != NULL; i++)
    if (!_pursuit_store_check_tag (tags[i], error))
      return FALSE;

  return TRUE;
}

static char *
lookup_category (PursuitStore  *self,
                 const char    *stage_key,
                 GError       **error)
{
  sqlite3_stmt *stmt;

  if (stage_key == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A job needs a stage"));
      return NULL;
    }

  stmt = _pursuit_store_prepare (self, "SELECT category FROM stages WHERE key = ?", error);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, stage_key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *category = g_strdup (_pursuit_column_text (stmt, 0));
      sqlite3_reset (stmt);
      return category;
    }

  sqlite3_reset (stmt);
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("Unknown stage “%s”"), stage_key);
  return NULL;
}

static gboolean
validate_job (PursuitStore  *self,
              PursuitJob    *job,
              GError       **error)
{
  const char *title = pursuit_job_get_title (job);
  g_autofree char *category = NULL;
  g_autofree char *stripped = NULL;

  if (!check_job_text (job, error) ||
      !check_tags (pursuit_job_get_tags (job), error))
    return FALSE;

  stripped = g_strstrip (g_strdup (title ? title : ""));
  if (stripped[0] == '\0')
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A job needs a title"));
      return FALSE;
    }

  if (pursuit_job_get_salary_min (job) > 0 && pursuit_job_get_salary_max (job) > 0 &&
      pursuit_job_get_salary_min (job) > pursuit_job_get_salary_max (job))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The minimum salary (%lld) is above the maximum (%lld)"),
                   (long long)pursuit_job_get_salary_min (job), (long long)pursuit_job_get_salary_max (job));
      return FALSE;
    }

  if (!check_currency (pursuit_job_get_currency (job), error) ||
      !check_salary_period (pursuit_job_get_salary_period (job), error) ||
      !check_web_address (pursuit_job_get_url (job), _("job address"), error) ||
      !check_web_address (pursuit_job_get_apply_url (job), _("application address"), error) ||
      !check_date (pursuit_job_get_posted_date (job), _("posting date"), error) ||
      !check_date (pursuit_job_get_deadline (job), _("deadline"), error) ||
      !check_date (pursuit_job_get_applied_date (job), _("application date"), error))
    return FALSE;

  category = lookup_category (self, pursuit_job_get_stage (job), error);
  if (category == NULL)
    return FALSE;

  if (g_str_equal (category, PURSUIT_STAGE_WITHDRAWN) && pursuit_job_get_withdraw_reason (job) == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Withdrawing an application needs a reason"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
resolve_company (PursuitStore  *self,
                 const char    *name,
                 gint64        *out_company_id,
                 GError       **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *stripped = NULL;

  *out_company_id = 0;
  if (name == NULL)
    return TRUE;

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return TRUE;

  stmt = _pursuit_store_prepare (self, "SELECT id FROM companies WHERE name = ?", error);
  if (stmt == NULL)
    return FALSE;

  _pursuit_bind_text (stmt, 1, stripped);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out_company_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);

  stmt = _pursuit_store_prepare (self, "INSERT INTO companies (name, created_at) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  _pursuit_bind_text (stmt, 1, stripped);
  sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self));
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  *out_company_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static void
bind_job (sqlite3_stmt *stmt,
          PursuitJob   *job,
          gint64        company_id)
{
  _pursuit_bind_text (stmt, 1, pursuit_job_get_title (job));
  _pursuit_bind_optional_int64 (stmt, 2, company_id);
  _pursuit_bind_text (stmt, 3, pursuit_job_get_location (job));
  sqlite3_bind_int (stmt, 4, pursuit_job_get_remote (job));
  _pursuit_bind_optional_int64 (stmt, 5, pursuit_job_get_salary_min (job));
  _pursuit_bind_optional_int64 (stmt, 6, pursuit_job_get_salary_max (job));
  _pursuit_bind_text (stmt, 7, pursuit_job_get_currency (job));
  _pursuit_bind_text (stmt, 8, pursuit_job_get_salary_period (job));
  _pursuit_bind_text (stmt, 9, pursuit_job_get_url (job));
  _pursuit_bind_text (stmt, 10, pursuit_job_get_apply_url (job));
  _pursuit_bind_text (stmt, 11, pursuit_job_get_description (job));
  _pursuit_bind_text (stmt, 12, pursuit_job_get_source (job));
  _pursuit_bind_text (stmt, 13, pursuit_job_get_employment_type (job));
  _pursuit_bind_text (stmt, 14, pursuit_job_get_posted_date (job));
  _pursuit_bind_text (stmt, 15, pursuit_job_get_deadline (job));
  _pursuit_bind_text (stmt, 16, pursuit_job_get_stage (job));
  _pursuit_bind_text (stmt, 17, pursuit_job_get_applied_date (job));
  if (pursuit_job_get_match_score (job) < 0)
    sqlite3_bind_null (stmt, 18);
  else
    sqlite3_bind_int (stmt, 18, pursuit_job_get_match_score (job));
  _pursuit_bind_text (stmt, 19, pursuit_job_get_resume (job));
  _pursuit_bind_text (stmt, 20, pursuit_job_get_cover_letter (job));
  _pursuit_bind_text (stmt, 21, pursuit_job_get_withdraw_reason (job));
  sqlite3_bind_int64 (stmt, 22, pursuit_job_get_created_at (job));
  sqlite3_bind_int64 (stmt, 23, pursuit_job_get_updated_at (job));
  sqlite3_bind_int64 (stmt, 24, pursuit_job_get_stage_changed_at (job));
}

static void
bind_now (PursuitStore *self,
          sqlite3_stmt *stmt)
{
  sqlite3_bind_int64 (stmt, 9, _pursuit_store_now (self));
}

static PursuitJob *
job_from_row (sqlite3_stmt *stmt)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_id (job, sqlite3_column_int64 (stmt, 0));
  pursuit_job_set_title (job, _pursuit_column_text (stmt, 1));
  pursuit_job_set_company (job, _pursuit_column_text (stmt, 2));
  pursuit_job_set_location (job, _pursuit_column_text (stmt, 3));
  pursuit_job_set_remote (job, sqlite3_column_int (stmt, 4));
  pursuit_job_set_salary_min (job, sqlite3_column_int64 (stmt, 5));
  pursuit_job_set_salary_max (job, sqlite3_column_int64 (stmt, 6));
  pursuit_job_set_currency (job, _pursuit_column_text (stmt, 7));
  pursuit_job_set_salary_period (job, _pursuit_column_text (stmt, 8));
  pursuit_job_set_url (job, _pursuit_column_text (stmt, 9));
  pursuit_job_set_apply_url (job, _pursuit_column_text (stmt, 10));
  pursuit_job_set_description (job, _pursuit_column_text (stmt, 11));
  pursuit_job_set_source (job, _pursuit_column_text (stmt, 12));
  pursuit_job_set_employment_type (job, _pursuit_column_text (stmt, 13));
  pursuit_job_set_posted_date (job, _pursuit_column_text (stmt, 14));
  pursuit_job_set_deadline (job, _pursuit_column_text (stmt, 15));
  pursuit_job_set_stage (job, _pursuit_column_text (stmt, 16));
  pursuit_job_set_applied_date (job, _pursuit_column_text (stmt, 17));
  if (sqlite3_column_type (stmt, 18) != SQLITE_NULL)
    pursuit_job_set_match_score (job, CLAMP (sqlite3_column_int (stmt, 18), 0, 100));
  pursuit_job_set_resume (job, _pursuit_column_text (stmt, 19));
  pursuit_job_set_cover_letter (job, _pursuit_column_text (stmt, 20));
  pursuit_job_set_withdraw_reason (job, _pursuit_column_text (stmt, 21));
  pursuit_job_set_created_at (job, sqlite3_column_int64 (stmt, 22));
  pursuit_job_set_updated_at (job, sqlite3_column_int64 (stmt, 23));
  pursuit_job_set_stage_changed_at (job, sqlite3_column_int64 (stmt, 24));

  if (sqlite3_column_type (stmt, 25) != SQLITE_NULL)
    {
      g_auto(GStrv) tags = g_strsplit (_pursuit_column_text (stmt, 25), TAG_SEPARATOR, -1);
      pursuit_job_set_tags (job, (const char * const *)tags);
    }

  if (sqlite3_column_type (stmt, 26) != SQLITE_NULL)
    {
      static const char * const kinds[] = { NULL, "follow-up", "interview", "reminder" };
      gint64 due = sqlite3_column_int64 (stmt, 26);

      if (due > 0)
        pursuit_job_set_next_due (job, due / 4, kinds[due % 4]);
    }

  return job;
}

static GPtrArray *
collect_jobs (PursuitStore  *self,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  bind_now (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (jobs, job_from_row (stmt));

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, self->db, "reading jobs");
      return NULL;
    }

  return g_steal_pointer (&jobs);
}

gboolean
_pursuit_store_add_event (PursuitStore  *self,
                          gint64         job_id,
                          const char    *kind,
                          const char    *from_stage,
                          const char    *to_stage,
                          const char    *detail,
                          GError       **error)
{
  return _pursuit_store_add_event_full (self, job_id, kind, from_stage, to_stage, detail, NULL, 0, error);
}

gboolean
_pursuit_store_add_event_full (PursuitStore  *self,
                               gint64         job_id,
                               const char    *kind,
                               const char    *from_stage,
                               const char    *to_stage,
                               const char    *detail,
                               const char    *url,
                               gint64         created_at,
                               GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO events (job_id, kind, from_stage, to_stage, detail, url, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, kind);
  _pursuit_bind_text (stmt, 3, from_stage);
  _pursuit_bind_text (stmt, 4, to_stage);
  _pursuit_bind_text (stmt, 5, detail);
  _pursuit_bind_text (stmt, 6, url);
  sqlite3_bind_int64 (stmt, 7, created_at > 0 ? created_at : _pursuit_store_now (self));

  return _pursuit_store_step_done (self, stmt, error);
}

gboolean
_pursuit_store_touch_job (PursuitStore  *self,
                          gint64         job_id,
                          GError       **error)
{
  return touch_job (self, job_id, error);
}

static gboolean
open_database (PursuitStore  *self,
               int            target_version,
               GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  gboolean existed;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the data folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  existed = g_file_test (self->path, G_FILE_TEST_EXISTS);

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE,
                   _("Could not open the database “%s”: %s"), self->path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }

  /* Nobody else on the machine has any business reading the job search. */
  if (!existed && g_chmod (self->path, 0600) != 0)
    g_warning ("Could not restrict access to %s: %s", self->path, g_strerror (errno));

  sqlite3_busy_timeout (self->db, 5000);

  if (!exec_simple (self, "PRAGMA foreign_keys = ON", error) ||
      !exec_simple (self, "PRAGMA journal_mode = WAL", error) ||
      !exec_simple (self, "PRAGMA synchronous = NORMAL", error))
    return FALSE;

  if (!_pursuit_migrations_run (self->db, target_version, error))
    return FALSE;

  return TRUE;
}

static void
pursuit_store_finalize (GObject *object)
{
  PursuitStore *self = (PursuitStore *)object;

  g_queue_clear_full (&self->pending, pending_emission_free);
  g_clear_pointer (&self->search_query, g_free);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pursuit_store_parent_class)->finalize (object);
}

static void
pursuit_store_class_init (PursuitStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_store_finalize;

  /**
   * PursuitStore::job-added:
   * @job: the new job, with its id
   */
  signals [JOB_ADDED] =
    g_signal_new ("job-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);
  signals [JOB_CHANGED] =
    g_signal_new ("job-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);
  signals [JOB_REMOVED] =
    g_signal_new ("job-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitStore::stage-changed:
   * @job: the job, already in its new stage
   * @from: the stage key it left
   * @to: the stage key it entered
   */
  signals [STAGE_CHANGED] =
    g_signal_new ("stage-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, PURSUIT_TYPE_JOB, G_TYPE_STRING, G_TYPE_STRING);
  signals [NOTE_ADDED] =
    g_signal_new ("note-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_NOTE);
  signals [INTERVIEW_SCHEDULED] =
    g_signal_new ("interview-scheduled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_INTERVIEW);
  signals [FOLLOW_UPS_CHANGED] =
    g_signal_new ("follow-ups-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals [STAGES_CHANGED] =
    g_signal_new ("stages-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::reloaded:
   *
   * Everything may have changed at once (a backup was restored, or one
   * transaction changed so much that it is announced with this signal
   * instead of PURSUIT_STORE_COLLAPSE_SIGNALS or more job signals): views
   * read the store again.
   */
  signals [RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::notes-changed:
   * @job_id: the job whose notes were edited, marked done or removed
   *
   * Adding a note emits #PursuitStore::note-added instead.
   */
  signals [NOTES_CHANGED] =
    g_signal_new ("notes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitStore::contacts-changed:
   * @job_id: the job whose contacts were added, edited or removed
   */
  signals [CONTACTS_CHANGED] =
    g_signal_new ("contacts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitStore::documents-changed:
   * @job_id: the job whose documents were added or removed, 0 for
   *   documents of no job
   */
  signals [DOCUMENTS_CHANGED] =
    g_signal_new ("documents-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitStore::interview-changed:
   * @interview: the interview as stored now (rescheduled, edited or
   *   cancelled)
   */
  signals [INTERVIEW_CHANGED] =
    g_signal_new ("interview-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_INTERVIEW);
  /**
   * PursuitStore::schedule-changed:
   *
   * Something the calendar or the reminders show may have changed:
   * interviews, follow-ups, notes, reminder state, jobs. Emitted once per
   * committed transaction, after its other signals.
   */
  signals [SCHEDULE_CHANGED] =
    g_signal_new ("schedule-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::accounts-changed:
   *
   * An account was added, changed (settings, calendar, the outcome of a
   * sync) or removed.
   */
  signals [ACCOUNTS_CHANGED] =
    g_signal_new ("accounts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::outbox-changed:
   * @account_id: the account whose outbox items were queued, done, failed
   *   or retried (0 for items of no account)
   */
  signals [OUTBOX_CHANGED] =
    g_signal_new ("outbox-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitStore::mail-changed:
   *
   * Mail messages or suggestions were saved, accepted, dismissed or
   * undone (pursuit-store-mail.h). Emitted once per transaction.
   */
  signals [MAIL_CHANGED] =
    g_signal_new ("mail-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::profile-changed:
   *
   * The active CV or its profile changed: a CV was imported, activated,
   * corrected or removed (pursuit-store-matching.h). Once per transaction.
   */
  signals [PROFILE_CHANGED] =
    g_signal_new ("profile-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::recommendations-changed:
   *
   * A recommendation was dismissed or its dismissal undone.
   */
  signals [RECOMMENDATIONS_CHANGED] =
    g_signal_new ("recommendations-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitStore::practice-changed:
   * @job_id: the job whose interview practice sessions were saved or
   *   removed
   */
  signals [PRACTICE_CHANGED] =
    g_signal_new ("practice-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitStore::company-changed:
   * @key: the company's key (pursuit_company_key_for_name ())
   *
   * A company's notes, cached posting facts or AI summary changed
   * (pursuit-store-companies.h).
   */
  signals [COMPANY_CHANGED] =
    g_signal_new ("company-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
pursuit_store_init (PursuitStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)sqlite3_finalize);
  g_queue_init (&self->pending);
}

PursuitStore *
_pursuit_store_new_at_version (const char  *path,
                               int          version,
                               GError     **error)
{
  g_autoptr(PursuitStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * pursuit_store_new:
 * @path: the database file; created with its folder if missing
 * @error: a location for a #GError
 *
 * Opens the database and upgrades its schema to the current version.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
PursuitStore *
pursuit_store_new (const char  *path,
                   GError     **error)
{
  g_autoptr(PursuitStore) self = _pursuit_store_new_at_version (path, PURSUIT_STORE_SCHEMA_VERSION, error);

  if (self == NULL || !_pursuit_store_seed_sequences (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * pursuit_store_default_data_dir:
 *
 * Returns: (transfer full): `$PURSUIT_DATA_DIR` if set, else
 *   `$XDG_DATA_HOME/pursuit`
 */
char *
pursuit_store_default_data_dir (void)
{
  const char *override = g_getenv ("PURSUIT_DATA_DIR");

  if (override != NULL && override[0] != '\0')
    return g_strdup (override);

  return g_build_filename (g_get_user_data_dir (), "pursuit", NULL);
}

/**
 * pursuit_store_open_default:
 * @data_dir: (nullable): the data folder, or %NULL for the default one
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the store of `pursuit.db` in the folder
 */
PursuitStore *
pursuit_store_open_default (const char  *data_dir,
                            GError     **error)
{
  g_autofree char *dir = data_dir ? g_strdup (data_dir) : pursuit_store_default_data_dir ();
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);

  return pursuit_store_new (path, error);
}

const char *
pursuit_store_get_path (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  return self->path;
}

int
pursuit_store_get_schema_version (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), -1);
  return _pursuit_migrations_get_version (self->db);
}

/**
 * pursuit_store_begin:
 *
 * Starts a batch: every write until [method@Pursuit.Store.commit] lands
 * together, or not at all after [method@Pursuit.Store.rollback]. Signals
 * are held back until the batch commits. If any write in the batch fails,
 * the batch can only be rolled back: committing it fails and keeps nothing.
 */
gboolean
pursuit_store_begin (PursuitStore  *self,
                     GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  return _pursuit_store_write_begin (self, error);
}

gboolean
pursuit_store_commit (PursuitStore  *self,
                      GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->write_depth > 0, FALSE);
  return _pursuit_store_write_end (self, error);
}

void
pursuit_store_rollback (PursuitStore *self)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (self->write_depth > 0);
  _pursuit_store_write_abort (self);
}

static const char *
today (PursuitStore *self,
       char          buffer[11])
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (_pursuit_store_now (self));
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

  g_strlcpy (buffer, text, 11);
  return buffer;
}

/* Replaces the job's tags with @tags, which are normalised and checked. */
static gboolean
write_tags (PursuitStore        *self,
            gint64               job_id,
            const char * const  *tags,
            GError             **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self, "DELETE FROM job_tags WHERE job_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      stmt = _pursuit_store_prepare (self, "INSERT INTO job_tags (job_id, tag) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, job_id);
      _pursuit_bind_text (stmt, 2, tags[i]);
      if (!_pursuit_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_job (PursuitStore  *self,
            PursuitJob    *job,
            GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 company_id;

  if (!resolve_company (self, pursuit_job_get_company (job), &company_id, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO jobs (title, company_id, location, remote, salary_min,"
                                 " salary_max, currency, salary_period, url, apply_url, description,"
                                 " source, employment_type, posted_date, deadline, stage, applied_date,"
                                 " match_score, resume, cover_letter, withdraw_reason, created_at,"
                                 " updated_at, stage_changed_at)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                                 " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_job (stmt, job, company_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  pursuit_job_set_id (job, sqlite3_last_insert_rowid (self->db));

  if (pursuit_job_get_tags (job)[0] != NULL &&
      !write_tags (self, pursuit_job_get_id (job), pursuit_job_get_tags (job), error))
    return FALSE;

  return _pursuit_store_add_event (self, pursuit_job_get_id (job), "created", NULL,
                                   pursuit_job_get_stage (job), NULL, error);
}

/**
 * pursuit_store_add_job:
 * @self: a store
 * @job: the job to add; its id must be 0
 * @error: a location for a #GError
 *
 * Validates and adds @job in one transaction. A job without a stage starts
 * in "saved"; a job added in an application stage without an application
 * date gets today's. Tags must be valid (see
 * [method@Pursuit.Store.tag_jobs]); a job without a stage time entered its
 * stage when it was created. On success @job is not changed; the stored
 * copy is passed to #PursuitStore::job-added.
 *
 * Returns: the id of the new job, or 0 with @error set
 */
gint64
pursuit_store_add_job (PursuitStore  *self,
                       PursuitJob    *job,
                       GError       **error)
{
  g_autoptr(PursuitJob) stored = NULL;
  gint64 now;
  char date[11];

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stored = pursuit_job_copy (job);
  now = _pursuit_store_now (self);

  if (pursuit_job_get_stage (stored) == NULL)
    pursuit_job_set_stage (stored, PURSUIT_STAGE_SAVED);
  if (pursuit_job_get_created_at (stored) == 0)
    pursuit_job_set_created_at (stored, now);
  pursuit_job_set_updated_at (stored, MAX (now, pursuit_job_get_created_at (stored)));
  /* An imported or restored job may say since when it is in its stage. */
  if (pursuit_job_get_stage_changed_at (stored) == 0)
    pursuit_job_set_stage_changed_at (stored, pursuit_job_get_created_at (stored));
  /* What the store computes is not the caller's to set. */
  pursuit_job_set_next_due (stored, 0, NULL);

  if (!validate_job (self, stored, error))
    return 0;

  if (pursuit_job_get_applied_date (stored) == NULL &&
      !g_str_equal (pursuit_job_get_stage (stored), PURSUIT_STAGE_SAVED))
    pursuit_job_set_applied_date (stored, today (self, date));

  if (!_pursuit_store_write_begin (self, error))
    return 0;

  if (!insert_job (self, stored, error))
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  _pursuit_store_queue_signal (self, PENDING_JOB_ADDED, stored, 0, NULL, NULL);

  if (!_pursuit_store_write_end (self, error))
    return 0;

  return pursuit_job_get_id (stored);
}

/**
 * pursuit_store_get_job:
 *
 * Returns: (transfer full) (nullable): the job, or %NULL with
 *   %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitJob *
pursuit_store_get_job (PursuitStore  *self,
                       gint64         job_id,
                       GError       **error)
{
  sqlite3_stmt *stmt;
  PursuitJob *job = NULL;
  int rc;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self, "SELECT " JOB_COLUMNS JOB_FROM "WHERE j.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  bind_now (self, stmt);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    job = job_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                 _("There is no job with id %lld"), (long long)job_id);
  else if (rc != SQLITE_ROW)
    _pursuit_store_set_sqlite_error (error, self->db, "reading a job");

  return job;
}

gboolean
_pursuit_store_job_exists (PursuitStore  *self,
                           gint64         job_id,
                           GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, "SELECT 1 FROM jobs WHERE id = ?", error);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (!exists)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                 _("There is no job with id %lld"), (long long)job_id);

  return exists;
}

static gboolean
write_job_update (PursuitStore  *self,
                  PursuitJob    *current,
                  PursuitJob    *stored,
                  const char    *old_stage,
                  GError       **error)
{
  const char *new_stage = pursuit_job_get_stage (stored);
  sqlite3_stmt *stmt;
  gint64 company_id;

  if (!resolve_company (self, pursuit_job_get_company (stored), &company_id, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE jobs SET title = ?1, company_id = ?2, location = ?3, remote = ?4,"
                                 " salary_min = ?5, salary_max = ?6, currency = ?7, salary_period = ?8,"
                                 " url = ?9, apply_url = ?10, description = ?11, source = ?12,"
                                 " employment_type = ?13, posted_date = ?14, deadline = ?15, stage = ?16,"
                                 " applied_date = ?17, match_score = ?18, resume = ?19, cover_letter = ?20,"
                                 " withdraw_reason = ?21, created_at = ?22, updated_at = ?23,"
                                 " stage_changed_at = ?24"
                                 " WHERE id = ?25",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_job (stmt, stored, company_id);
  sqlite3_bind_int64 (stmt, 25, pursuit_job_get_id (stored));
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  if (!g_strv_equal (pursuit_job_get_tags (current), pursuit_job_get_tags (stored)) &&
      !write_tags (self, pursuit_job_get_id (stored), pursuit_job_get_tags (stored), error))
    return FALSE;

  if (g_strcmp0 (old_stage, new_stage) != 0)
    return _pursuit_store_add_event (self, pursuit_job_get_id (stored), "stage-changed",
                                     old_stage, new_stage, pursuit_job_get_withdraw_reason (stored),
                                     error);

  return _pursuit_store_add_event (self, pursuit_job_get_id (stored), "updated", NULL, NULL, NULL, error);
}

/* Whether a calendar event of the job's interviews or follow-ups says
 * something that changed: its summary names the title and the company, its
 * description the stage and the posting. */
static gboolean
job_shows_in_events (PursuitJob *current,
                     PursuitJob *stored)
{
  return g_strcmp0 (pursuit_job_get_title (current), pursuit_job_get_title (stored)) != 0 ||
         g_strcmp0 (pursuit_job_get_company (current), pursuit_job_get_company (stored)) != 0 ||
         g_strcmp0 (pursuit_job_get_stage (current), pursuit_job_get_stage (stored)) != 0 ||
         g_strcmp0 (pursuit_job_get_url (current), pursuit_job_get_url (stored)) != 0;
}

static gboolean
check_stage_move (PursuitStore  *self,
                  const char    *old_stage,
                  const char    *new_stage,
                  GError       **error)
{
  g_autofree char *old_category = NULL;
  g_autofree char *new_category = NULL;

  if (g_strcmp0 (old_stage, new_stage) == 0)
    return TRUE;

  old_category = lookup_category (self, old_stage, error);
  if (old_category == NULL)
    return FALSE;

  new_category = lookup_category (self, new_stage, error);
  if (new_category == NULL)
    return FALSE;

  return pursuit_pipeline_check_transition (old_category, new_category, error);
}

/**
 * pursuit_store_update_job:
 * @self: a store
 * @job: the job with its new fields; its id names the row
 * @error: a location for a #GError
 *
 * Saves every field of @job, its tags included. A different stage must be
 * a move the pipeline allows, and is written to the timeline; the job's
 * stage time starts again then. The stage time and the next due item of
 * @job are the store's to keep: their values in @job are ignored.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_job (PursuitStore  *self,
                          PursuitJob    *job,
                          GError       **error)
{
  g_autoptr(PursuitJob) current = NULL;
  g_autoptr(PursuitJob) stored = NULL;
  gint64 now = _pursuit_store_now (self);
  const char *old_stage;
  const char *new_stage;
  char date[11];

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  current = pursuit_store_get_job (self, pursuit_job_get_id (job), error);
  if (current == NULL)
    return FALSE;

  stored = pursuit_job_copy (job);
  if (pursuit_job_get_stage (stored) == NULL)
    pursuit_job_set_stage (stored, pursuit_job_get_stage (current));
  pursuit_job_set_created_at (stored, pursuit_job_get_created_at (current));
  pursuit_job_set_updated_at (stored, MAX (now, pursuit_job_get_updated_at (current)));

  old_stage = pursuit_job_get_stage (current);
  new_stage = pursuit_job_get_stage (stored);

  /* The store keeps the stage time: a move starts it again, anything else
   * leaves it. The next due item comes from the job's activity. */
  if (g_str_equal (old_stage, new_stage))
    pursuit_job_set_stage_changed_at (stored, pursuit_job_get_stage_changed_at (current));
  else
    pursuit_job_set_stage_changed_at (stored, now);
  pursuit_job_set_next_due (stored, pursuit_job_get_next_due_at (current),
                            pursuit_job_get_next_due_kind (current));

  if (!validate_job (self, stored, error) ||
      !check_stage_move (self, old_stage, new_stage, error))
    return FALSE;

  if (g_str_equal (old_stage, PURSUIT_STAGE_SAVED) && !g_str_equal (new_stage, PURSUIT_STAGE_SAVED) &&
      pursuit_job_get_applied_date (stored) == NULL)
    pursuit_job_set_applied_date (stored, today (self, date));

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!write_job_update (self, current, stored, old_stage, error) ||
      (job_shows_in_events (current, stored) &&
       !_pursuit_store_queue_job_event_pushes (self, pursuit_job_get_id (stored), error)))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_store_queue_signal (self, PENDING_JOB_CHANGED, stored, 0, NULL, NULL);
  if (!g_str_equal (old_stage, new_stage))
    _pursuit_store_queue_signal (self, PENDING_STAGE_CHANGED, stored, 0, old_stage, new_stage);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_move_job:
 * @self: a store
 * @job_id: the job to move
 * @stage: the key of the stage to move it to
 * @reason: (nullable): why, required when withdrawing
 * @error: a location for a #GError
 *
 * Moves a job along the pipeline, refusing moves the state machine does
 * not allow with %PURSUIT_STORE_ERROR_TRANSITION.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_move_job (PursuitStore  *self,
                        gint64         job_id,
                        const char    *stage,
                        const char    *reason,
                        GError       **error)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *category = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = pursuit_store_get_job (self, job_id, error);
  if (job == NULL)
    return FALSE;

  category = lookup_category (self, stage, error);
  if (category == NULL)
    return FALSE;

  if (!_pursuit_store_check_text (reason, _("reason"), error))
    return FALSE;

  pursuit_job_set_stage (job, stage);
  if (g_str_equal (category, PURSUIT_STAGE_WITHDRAWN))
    pursuit_job_set_withdraw_reason (job, reason);

  return pursuit_store_update_job (self, job, error);
}

/* The stages of the job's last stage change, as the timeline has them,
 * and when the job had entered the stage it left: the time of the stage
 * change before, or 0 when it left the stage it was created in. */
static gboolean
last_stage_change (PursuitStore  *self,
                   gint64         job_id,
                   char         **from_stage,
                   char         **to_stage,
                   gint64        *entered_from_at,
                   GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 event_id = 0;

  *entered_from_at = 0;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT from_stage, to_stage, id FROM events"
                                 " WHERE job_id = ? AND kind = 'stage-changed'"
                                 " ORDER BY id DESC LIMIT 1",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *from_stage = g_strdup (_pursuit_column_text (stmt, 0));
      *to_stage = g_strdup (_pursuit_column_text (stmt, 1));
      event_id = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (event_id == 0)
    return TRUE;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT created_at FROM events"
                                 " WHERE job_id = ? AND kind = 'stage-changed' AND id < ?"
                                 " ORDER BY id DESC LIMIT 1",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  sqlite3_bind_int64 (stmt, 2, event_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *entered_from_at = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/**
 * pursuit_store_undo_move:
 * @self: a store
 * @job_id: the job that was moved
 * @previous_stage: the key of the stage it was moved from
 * @error: a location for a #GError
 *
 * Takes back the last move of a job, [method@Pursuit.Store.move_job] or a
 * stage change through [method@Pursuit.Store.update_job]. The pipeline's
 * rules do not apply (a job taken back from “Rejected” returns to where
 * it was), but the job must still be where that move put it: if it moved
 * again since, or its last move was not from @previous_stage, this fails
 * with %PURSUIT_STORE_ERROR_TRANSITION and changes nothing.
 *
 * The timeline gets a "stage-changed" event with the detail "undo"; the
 * withdraw reason goes when the job leaves “Withdrawn”, the application
 * date when it returns to “Saved”. Emits the same signals as a move.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_undo_move (PursuitStore  *self,
                         gint64         job_id,
                         const char    *previous_stage,
                         GError       **error)
{
  g_autoptr(PursuitJob) current = NULL;
  g_autoptr(PursuitJob) stored = NULL;
  g_autofree char *category = NULL;
  g_autofree char *moved_from = NULL;
  g_autofree char *moved_to = NULL;
  const char *old_stage;
  gint64 entered_at;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  current = pursuit_store_get_job (self, job_id, error);
  if (current == NULL)
    return FALSE;

  category = lookup_category (self, previous_stage, error);
  if (category == NULL)
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  old_stage = pursuit_job_get_stage (current);

  /* Read inside the transaction, so nothing moves the job in between. */
  if (!last_stage_change (self, job_id, &moved_from, &moved_to, &entered_at, error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  if (g_strcmp0 (moved_to, old_stage) != 0 || g_strcmp0 (moved_from, previous_stage) != 0)
    {
      _pursuit_store_write_abort (self);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
                   _("“%s” has moved since, so the move cannot be undone"),
                   pursuit_job_get_title (current));
      return FALSE;
    }

  stored = pursuit_job_copy (current);
  pursuit_job_set_stage (stored, previous_stage);
  if (!g_str_equal (category, PURSUIT_STAGE_WITHDRAWN))
    pursuit_job_set_withdraw_reason (stored, NULL);
  if (g_str_equal (category, PURSUIT_STAGE_SAVED))
    pursuit_job_set_applied_date (stored, NULL);
  pursuit_job_set_updated_at (stored, MAX (_pursuit_store_now (self), pursuit_job_get_updated_at (current)));
  /* Taking a move back returns the job to its stage as if it had never
   * left, days in the stage included. */
  pursuit_job_set_stage_changed_at (stored, entered_at != 0 ? entered_at : pursuit_job_get_created_at (current));

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE jobs SET stage = ?1, withdraw_reason = ?2, applied_date = ?3,"
                                 " updated_at = ?4, stage_changed_at = ?6 WHERE id = ?5",
                                 error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_bind_text (stmt, 1, pursuit_job_get_stage (stored));
  _pursuit_bind_text (stmt, 2, pursuit_job_get_withdraw_reason (stored));
  _pursuit_bind_text (stmt, 3, pursuit_job_get_applied_date (stored));
  sqlite3_bind_int64 (stmt, 4, pursuit_job_get_updated_at (stored));
  sqlite3_bind_int64 (stmt, 5, job_id);
  sqlite3_bind_int64 (stmt, 6, pursuit_job_get_stage_changed_at (stored));

  if (!_pursuit_store_step_done (self, stmt, error) ||
      !_pursuit_store_add_event (self, job_id, "stage-changed", old_stage, previous_stage, "undo", error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_store_queue_signal (self, PENDING_JOB_CHANGED, stored, 0, NULL, NULL);
  _pursuit_store_queue_signal (self, PENDING_STAGE_CHANGED, stored, 0, old_stage, previous_stage);

  return _pursuit_store_write_end (self, error);
}

gboolean
pursuit_store_remove_job (PursuitStore  *self,
                          gint64         job_id,
                          GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_job_exists (self, job_id, error))
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  /* Queued before the rows go, while the links still name them. */
  if (!_pursuit_store_queue_removed_job_pushes (self, job_id, error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  stmt = _pursuit_store_prepare (self, "DELETE FROM jobs WHERE id = ?", error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_store_queue_signal (self, PENDING_JOB_REMOVED, NULL, job_id, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_list_jobs:
 * @self: a store
 * @stage: (nullable): a stage key, or %NULL for every job
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs, most
 *   recently updated first
 */
GPtrArray *
pursuit_store_list_jobs (PursuitStore  *self,
                         const char    *stage,
                         GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (stage == NULL)
    stmt = _pursuit_store_prepare (self,
                                   "SELECT " JOB_COLUMNS JOB_FROM
                                   "ORDER BY j.updated_at DESC, j.id DESC",
                                   error);
  else
    stmt = _pursuit_store_prepare (self,
                                   "SELECT " JOB_COLUMNS JOB_FROM
                                   "WHERE j.stage = ?1 ORDER BY j.updated_at DESC, j.id DESC",
                                   error);
  if (stmt == NULL)
    return NULL;

  if (stage != NULL)
    _pursuit_bind_text (stmt, 1, stage);

  return collect_jobs (self, stmt, error);
}

/* Every word of what the user typed becomes a quoted prefix term, so no
 * input is read as FTS5 query syntax. */
static char *
build_match_expression (const char *query)
{
  g_auto(GStrv) words = g_strsplit_set (query, " \t\r\n", -1);
  g_autoptr(GString) expression = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) quotes = NULL;

      if (words[i][0] == '\0')
        continue;

      quotes = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", quotes);

      if (expression->len > 0)
        g_string_append_c (expression, ' ');
      g_string_append_printf (expression, "\"%s\"*", escaped);
    }

  return g_string_free (g_steal_pointer (&expression), expression->len == 0);
}

/**
 * pursuit_store_search_jobs:
 * @self: a store
 * @query: words to look for in titles, companies, locations, descriptions,
 *   notes and tags; each word also matches as a prefix
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (element-type PursuitJob): the matching jobs,
 *   best match first
 */
GPtrArray *
pursuit_store_search_jobs (PursuitStore  *self,
                           const char    *query,
                           GError       **error)
{
  g_autofree char *expression = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_pursuit_store_check_text (query, _("search"), error))
    return NULL;

  expression = build_match_expression (query);
  if (expression == NULL)
    return pursuit_store_list_jobs (self, NULL, error);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " JOB_COLUMNS " FROM jobs_fts f"
                                 " JOIN jobs j ON j.id = f.rowid"
                                 " LEFT JOIN companies c ON c.id = j.company_id"
                                 " WHERE jobs_fts MATCH ?1 ORDER BY f.rank, j.id",
                                 error);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, expression);
  return collect_jobs (self, stmt, error);
}

/**
 * pursuit_store_search_ids:
 * @self: a store
 * @query: words as in [method@Pursuit.Store.search_jobs]
 * @error: a location for a #GError
 *
 * The cheap form of a search, for filtering jobs already in memory while
 * the user types: no rows are read, no ranking is computed.
 *
 * Returns: (transfer full) (nullable): a set of the matching job ids
 *   (gint64 keys), or %NULL with @error set; a blank query gives %NULL
 *   without an error, meaning "everything". The set may be shared with
 *   other callers: do not change it.
 */
GHashTable *
pursuit_store_search_ids (PursuitStore  *self,
                          const char    *query,
                          GError       **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *expression = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_pursuit_store_check_text (query, _("search"), error))
    return NULL;

  expression = build_match_expression (query);
  if (expression == NULL)
    return NULL;

  if (self->search_ids != NULL && g_str_equal (self->search_query, expression))
    return g_hash_table_ref (self->search_ids);

  stmt = _pursuit_store_prepare (self, "SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?", error);
  if (stmt == NULL)
    return NULL;

  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  _pursuit_bind_text (stmt, 1, expression);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, self->db, "searching");
      return NULL;
    }

  g_free (self->search_query);
  self->search_query = g_steal_pointer (&expression);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  self->search_ids = g_hash_table_ref (ids);

  return g_steal_pointer (&ids);
}

/**
 * pursuit_store_job_matches:
 *
 * Returns: whether the job @job_id matches @query as in
 *   [method@Pursuit.Store.search_jobs]
 */
gboolean
pursuit_store_job_matches (PursuitStore *self,
                           gint64        job_id,
                           const char   *query)
{
  g_autofree char *expression = NULL;
  sqlite3_stmt *stmt;
  gboolean matches;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return FALSE;

  expression = build_match_expression (query);
  if (expression == NULL)
    return TRUE;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT 1 FROM jobs_fts WHERE rowid = ? AND jobs_fts MATCH ?",
                                 NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, expression);
  matches = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return matches;
}

/**
 * pursuit_store_find_duplicate:
 * @self: a store
 * @job: a job that is not stored yet
 *
 * A duplicate has the same posting address, or the same company and title
 * (compared without case).
 *
 * Returns: the id of a stored duplicate of @job, or 0
 */
gint64
pursuit_store_find_duplicate (PursuitStore *self,
                              PursuitJob   *job)
{
  sqlite3_stmt *stmt;
  gint64 found = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), 0);

  if (pursuit_job_get_url (job) != NULL)
    {
      stmt = _pursuit_store_prepare (self, "SELECT id FROM jobs WHERE url = ? LIMIT 1", NULL);
      if (stmt == NULL)
        return 0;

      _pursuit_bind_text (stmt, 1, pursuit_job_get_url (job));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        found = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      if (found != 0)
        return found;
    }

  if (pursuit_job_get_company (job) == NULL || pursuit_job_get_title (job) == NULL)
    return 0;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT j.id FROM jobs j JOIN companies c ON c.id = j.company_id"
                                 " WHERE c.name = trim (?1) AND lower (j.title) = lower (trim (?2))"
                                 " LIMIT 1",
                                 NULL);
  if (stmt == NULL)
    return 0;

  _pursuit_bind_text (stmt, 1, pursuit_job_get_company (job));
  _pursuit_bind_text (stmt, 2, pursuit_job_get_title (job));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return found;
}

/* Adds @tag to the job, or takes it away, and queues the reloaded job. A
 * job that already is as asked is left alone and announces nothing. */
static gboolean
retag_job (PursuitStore  *self,
           gint64         job_id,
           const char    *tag,
           gboolean       add,
           GError       **error)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tags = NULL;
  const char * const *current;

  job = pursuit_store_get_job (self, job_id, error);
  if (job == NULL)
    return FALSE;

  if (pursuit_job_has_tag (job, tag) == add)
    return TRUE;

  /* Build the new list in C rather than with SQL's NOCASE, which only
   * folds ASCII: "Équipe" and "équipe" are one tag. */
  builder = g_strv_builder_new ();
  current = pursuit_job_get_tags (job);
  for (guint i = 0; current[i] != NULL; i++)
    {
      g_autofree char *a = g_utf8_casefold (current[i], -1);
      g_autofree char *b = g_utf8_casefold (tag, -1);

      if (add || !g_str_equal (a, b))
        g_strv_builder_add (builder, current[i]);
    }
  if (add)
    g_strv_builder_add (builder, tag);

  tags = g_strv_builder_end (builder);
  pursuit_job_set_tags (job, (const char * const *)tags);

  return write_tags (self, job_id, pursuit_job_get_tags (job), error) &&
         touch_job (self, job_id, error);
}

static gboolean
retag_jobs (PursuitStore  *self,
            const gint64  *ids,
            guint          n_ids,
            const char    *tag,
            gboolean       add,
            GError       **error)
{
  g_autofree char *stripped = NULL;

  if (!g_utf8_validate (tag, -1, NULL))
    return _pursuit_store_check_tag (tag, error);

  stripped = g_strstrip (g_strdup (tag));
  if (!_pursuit_store_check_tag (stripped, error))
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    if (!retag_job (self, ids[i], stripped, add, error))
      {
        _pursuit_store_write_abort (self);
        return FALSE;
      }

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_tag_jobs:
 * @self: a store
 * @ids: (array length=n_ids): the jobs to tag
 * @n_ids: the number of jobs
 * @tag: the tag; surrounding spaces are dropped
 * @error: a location for a #GError
 *
 * Adds @tag to every job in one transaction: if a job is missing or the
 * tag is not valid (empty, longer than 64 characters, with a comma or a
 * control character), no job is tagged. Jobs that already have the tag,
 * in any case, keep their spelling. Every job that changed counts as
 * updated, and #PursuitStore::job-changed follows for it.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_tag_jobs (PursuitStore  *self,
                        const gint64  *ids,
                        guint          n_ids,
                        const char    *tag,
                        GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return retag_jobs (self, ids, n_ids, tag, TRUE, error);
}

/**
 * pursuit_store_untag_jobs:
 * @self: a store
 * @ids: (array length=n_ids): the jobs to take the tag from
 * @n_ids: the number of jobs
 * @tag: the tag, in any case
 * @error: a location for a #GError
 *
 * Takes @tag from every job in one transaction, as
 * [method@Pursuit.Store.tag_jobs] adds it. Jobs without the tag are fine.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_untag_jobs (PursuitStore  *self,
                          const gint64  *ids,
                          guint          n_ids,
                          const char    *tag,
                          GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return retag_jobs (self, ids, n_ids, tag, FALSE, error);
}

static char **
collect_strings (PursuitStore *self,
                 sqlite3_stmt *stmt)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (stmt == NULL)
    return g_strv_builder_end (builder);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, _pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return g_strv_builder_end (builder);
}

/**
 * pursuit_store_list_tags:
 * @self: a store
 *
 * Returns: (transfer full): every tag some job has, once whatever its
 *   case, sorted case-insensitively
 */
char **
pursuit_store_list_tags (PursuitStore *self)
{
  g_auto(GStrv) tags = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  tags = collect_strings (self, _pursuit_store_prepare (self, "SELECT DISTINCT tag FROM job_tags", NULL));

  return pursuit_job_normalize_tags ((const char * const *)tags);
}

/**
 * pursuit_store_list_sources:
 * @self: a store
 *
 * Returns: (transfer full): every source a job came from (“LinkedIn”,
 *   “referral”, ...), once, sorted case-insensitively
 */
char **
pursuit_store_list_sources (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return collect_strings (self,
                          _pursuit_store_prepare (self,
                                                  "SELECT DISTINCT source FROM jobs"
                                                  " WHERE source IS NOT NULL AND trim (source) != ''"
                                                  " ORDER BY source COLLATE NOCASE, source",
                                                  NULL));
}
