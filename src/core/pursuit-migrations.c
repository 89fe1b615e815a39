/* pursuit-migrations.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-migrations"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-pipeline.h"
#include "pursuit-store-private.h"

/* Forward-only schema steps. Step N takes a database at user_version N-1 to
 * N. A released step is never edited: changes come as a new step, and
 * tests/fixtures/ keeps a database of every earlier version. */

static const char schema_v1[] =
  "CREATE TABLE stages ("
  "  key TEXT PRIMARY KEY NOT NULL,"
  "  label TEXT,"
  "  category TEXT NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  color TEXT NOT NULL);"
  "CREATE TABLE companies ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  website TEXT,"
  "  notes TEXT,"
  "  created_at INTEGER NOT NULL);"
  "CREATE TABLE jobs ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL CHECK (length (title) > 0),"
  "  company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,"
  "  location TEXT,"
  "  remote INTEGER NOT NULL DEFAULT 0,"
  "  salary_min INTEGER,"
  "  salary_max INTEGER,"
  "  currency TEXT,"
  "  salary_period TEXT,"
  "  url TEXT,"
  "  apply_url TEXT,"
  "  description TEXT,"
  "  source TEXT,"
  "  employment_type TEXT,"
  "  posted_date TEXT,"
  "  deadline TEXT,"
  "  stage TEXT NOT NULL REFERENCES stages (key),"
  "  applied_date TEXT,"
  "  match_score INTEGER,"
  "  resume TEXT,"
  "  cover_letter TEXT,"
  "  withdraw_reason TEXT,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL);"
  "CREATE INDEX jobs_by_stage ON jobs (stage, updated_at);"
  "CREATE INDEX jobs_by_url ON jobs (url);"
  "CREATE INDEX jobs_by_company ON jobs (company_id);"
  "CREATE TABLE contacts ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
  "  company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,"
  "  name TEXT NOT NULL,"
  "  role TEXT,"
  "  email TEXT,"
  "  phone TEXT,"
  "  notes TEXT,"
  "  created_at INTEGER NOT NULL);"
  "CREATE TABLE notes ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'reminder')),"
  "  body TEXT NOT NULL,"
  "  tags TEXT,"
  "  priority INTEGER NOT NULL DEFAULT 0,"
  "  due_at INTEGER,"
  "  done INTEGER NOT NULL DEFAULT 0,"
  "  created_at INTEGER NOT NULL);"
  "CREATE INDEX notes_by_job ON notes (job_id);"
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  from_stage TEXT,"
  "  to_stage TEXT,"
  "  detail TEXT,"
  "  created_at INTEGER NOT NULL);"
  "CREATE INDEX events_by_job ON events (job_id);"
  "CREATE TABLE interviews ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  starts_at INTEGER NOT NULL,"
  "  duration_minutes INTEGER NOT NULL DEFAULT 60,"
  "  location TEXT,"
  "  interviewer TEXT,"
  "  notes TEXT,"
  "  created_at INTEGER NOT NULL);"
  "CREATE INDEX interviews_by_job ON interviews (job_id);"
  "CREATE TABLE follow_ups ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  sequence TEXT NOT NULL,"
  "  step INTEGER NOT NULL,"
  "  due_at INTEGER NOT NULL,"
  "  status TEXT NOT NULL DEFAULT 'pending'"
  "    CHECK (status IN ('pending', 'done', 'sent', 'cancelled')),"
  "  created_at INTEGER NOT NULL);"
  "CREATE INDEX follow_ups_by_job ON follow_ups (job_id);"
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER REFERENCES jobs (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  path TEXT,"
  "  created_at INTEGER NOT NULL);"
  "CREATE TABLE outbox ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL,"
  "  payload TEXT NOT NULL,"
  "  state TEXT NOT NULL DEFAULT 'pending',"
  "  attempts INTEGER NOT NULL DEFAULT 0,"
  "  next_attempt_at INTEGER NOT NULL,"
  "  last_error TEXT,"
  "  created_at INTEGER NOT NULL);";

/* v2: full-text search and the TTL cache. The index is kept in sync by
 * triggers, so every writer (the store, a restore, a migration) updates it
 * without having to remember. */
static const char schema_v2[] =
  "CREATE TABLE cache ("
  "  namespace TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  expires_at INTEGER NOT NULL,"
  "  PRIMARY KEY (namespace, key)) WITHOUT ROWID;"
  "CREATE VIRTUAL TABLE jobs_fts USING fts5 ("
  "  title, company, location, description, notes,"
  "  tokenize = 'unicode61 remove_diacritics 2');"
  "CREATE VIEW jobs_fts_source AS"
  "  SELECT j.id AS id, j.title AS title, c.name AS company, j.location AS location,"
  "         j.description AS description,"
  "         (SELECT group_concat (n.body, ' ') FROM notes n WHERE n.job_id = j.id) AS notes"
  "  FROM jobs j LEFT JOIN companies c ON c.id = j.company_id;"
  "CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN"
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "    SELECT id, title, company, location, description, notes FROM jobs_fts_source"
  "    WHERE id = NEW.id;"
  "END;"
  "CREATE TRIGGER jobs_fts_update AFTER UPDATE ON jobs BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.id;"
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "    SELECT id, title, company, location, description, notes FROM jobs_fts_source"
  "    WHERE id = NEW.id;"
  "END;"
  "CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.id;"
  "END;"
  "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = NEW.job_id;"
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "    SELECT id, title, company, location, description, notes FROM jobs_fts_source"
  "    WHERE id = NEW.job_id;"
  "END;"
  "CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = NEW.job_id;"
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "    SELECT id, title, company, location, description, notes FROM jobs_fts_source"
  "    WHERE id = NEW.job_id;"
  "END;"
  "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.job_id;"
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "    SELECT id, title, company, location, description, notes FROM jobs_fts_source"
  "    WHERE id = OLD.job_id;"
  "END;"
  "CREATE TRIGGER companies_fts_update AFTER UPDATE OF name ON companies BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid IN (SELECT id FROM jobs WHERE company_id = NEW.id);"
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "    SELECT id, title, company, location, description, notes FROM jobs_fts_source"
  "    WHERE id IN (SELECT id FROM jobs WHERE company_id = NEW.id);"
  "END;"
  "INSERT INTO jobs_fts (rowid, title, company, location, description, notes)"
  "  SELECT id, title, company, location, description, notes FROM jobs_fts_source;";

/* v3: job tags and the time a job entered its stage. Tags join the
 * full-text index; FTS5 tables cannot gain a column, so the index, its
 * source view and every trigger feeding it are made again. The job trigger
 * now only fires for the columns the index holds: a move or a stage time
 * has no business rewriting the index. */
#define V3_REINDEX(where) \
  "  INSERT INTO jobs_fts (rowid, title, company, location, description, notes, tags)" \
  "  SELECT id, title, company, location, description, notes, tags FROM jobs_fts_source" \
  "  WHERE " where "; "

static const char schema_v3[] =
  "DROP TRIGGER jobs_fts_insert;"
  "DROP TRIGGER jobs_fts_update;"
  "DROP TRIGGER jobs_fts_delete;"
  "DROP TRIGGER notes_fts_insert;"
  "DROP TRIGGER notes_fts_update;"
  "DROP TRIGGER notes_fts_delete;"
  "DROP TRIGGER companies_fts_update;"
  "DROP VIEW jobs_fts_source;"
  "DROP TABLE jobs_fts;"
  "CREATE TABLE job_tags ("
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  tag TEXT NOT NULL COLLATE NOCASE CHECK (length (tag) > 0),"
  "  PRIMARY KEY (job_id, tag)) WITHOUT ROWID;"
  "CREATE INDEX job_tags_by_tag ON job_tags (tag);"
  "ALTER TABLE jobs ADD COLUMN stage_changed_at INTEGER;"
  /* The last move, or the creation for jobs that never moved. */
  "UPDATE jobs SET stage_changed_at = coalesce ("
  "  (SELECT e.created_at FROM events e"
  "   WHERE e.job_id = jobs.id AND e.kind = 'stage-changed'"
  "   ORDER BY e.id DESC LIMIT 1),"
  "  created_at);"
  "CREATE VIRTUAL TABLE jobs_fts USING fts5 ("
  "  title, company, location, description, notes, tags,"
  "  tokenize = 'unicode61 remove_diacritics 2');"
  "CREATE VIEW jobs_fts_source AS"
  "  SELECT j.id AS id, j.title AS title, c.name AS company, j.location AS location,"
  "         j.description AS description,"
  "         (SELECT group_concat (n.body, ' ') FROM notes n WHERE n.job_id = j.id) AS notes,"
  "         (SELECT group_concat (t.tag, ' ') FROM job_tags t WHERE t.job_id = j.id) AS tags"
  "  FROM jobs j LEFT JOIN companies c ON c.id = j.company_id;"
  "CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN"
  V3_REINDEX ("id = NEW.id")
  "END;"
  "CREATE TRIGGER jobs_fts_update AFTER UPDATE OF title, company_id, location, description ON jobs BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.id;"
  V3_REINDEX ("id = NEW.id")
  "END;"
  "CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.id;"
  "END;"
  "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = NEW.job_id;"
  V3_REINDEX ("id = NEW.job_id")
  "END;"
  "CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = NEW.job_id;"
  V3_REINDEX ("id = NEW.job_id")
  "END;"
  "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.job_id;"
  V3_REINDEX ("id = OLD.job_id")
  "END;"
  "CREATE TRIGGER companies_fts_update AFTER UPDATE OF name ON companies BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid IN (SELECT id FROM jobs WHERE company_id = NEW.id);"
  V3_REINDEX ("id IN (SELECT id FROM jobs WHERE company_id = NEW.id)")
  "END;"
  "CREATE TRIGGER job_tags_fts_insert AFTER INSERT ON job_tags BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = NEW.job_id;"
  V3_REINDEX ("id = NEW.job_id")
  "END;"
  "CREATE TRIGGER job_tags_fts_update AFTER UPDATE ON job_tags BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid IN (OLD.job_id, NEW.job_id);"
  V3_REINDEX ("id IN (OLD.job_id, NEW.job_id)")
  "END;"
  "CREATE TRIGGER job_tags_fts_delete AFTER DELETE ON job_tags BEGIN"
  "  DELETE FROM jobs_fts WHERE rowid = OLD.job_id;"
  V3_REINDEX ("id = OLD.job_id")
  "END;"
  V3_REINDEX ("1");

#undef V3_REINDEX

/* v4: the calendar, reminders and follow-up sequences. follow_ups is made
 * again because a CHECK constraint cannot change in place ('skipped').
 * Reminders are derived from interviews, follow-ups and reminder notes;
 * reminder_state only remembers, per reminder, the due time it last fired
 * for and any snooze, so rescheduling an item re-arms its reminders. The
 * indexes let the scheduler look at what is due without reading every
 * job's activity. */
static const char schema_v4[] =
  "ALTER TABLE interviews ADD COLUMN interviewer_email TEXT;"
  "ALTER TABLE interviews ADD COLUMN status TEXT NOT NULL DEFAULT 'scheduled'"
  "  CHECK (status IN ('scheduled', 'cancelled', 'done'));"
  "ALTER TABLE interviews ADD COLUMN reminder_minutes TEXT NOT NULL DEFAULT '1440,60,15';"
  "ALTER TABLE interviews ADD COLUMN uid TEXT;"
  "ALTER TABLE interviews ADD COLUMN updated_at INTEGER;"
  "UPDATE interviews SET uid = lower (hex (randomblob (16))) || '@pursuit.invalid',"
  "  updated_at = created_at;"
  "CREATE INDEX interviews_by_start ON interviews (starts_at);"
  "CREATE INDEX interviews_by_uid ON interviews (uid);"
  "CREATE TABLE follow_ups_v4 ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  sequence TEXT NOT NULL,"
  "  step INTEGER NOT NULL,"
  "  due_at INTEGER NOT NULL,"
  "  status TEXT NOT NULL DEFAULT 'pending'"
  "    CHECK (status IN ('pending', 'done', 'sent', 'skipped', 'cancelled')),"
  "  template TEXT,"
  "  completed_at INTEGER,"
  "  interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,"
  "  created_at INTEGER NOT NULL);"
  "INSERT INTO follow_ups_v4 (id, job_id, sequence, step, due_at, status, created_at)"
  "  SELECT id, job_id, sequence, step, due_at, status, created_at FROM follow_ups;"
  "DROP TABLE follow_ups;"
  "ALTER TABLE follow_ups_v4 RENAME TO follow_ups;"
  "CREATE INDEX follow_ups_by_job ON follow_ups (job_id);"
  /* Status first: the agenda and the reminders only want pending ones. */
  "CREATE INDEX follow_ups_by_due ON follow_ups (status, due_at);"
  "CREATE INDEX follow_ups_by_interview ON follow_ups (interview_id);"
  "CREATE INDEX notes_by_due ON notes (done, due_at) WHERE kind = 'reminder';"
  "CREATE INDEX jobs_by_deadline ON jobs (deadline) WHERE deadline IS NOT NULL;"
  "CREATE TABLE reminder_state ("
  "  source TEXT NOT NULL CHECK (source IN ('interview', 'follow-up', 'note')),"
  "  source_id INTEGER NOT NULL,"
  "  offset_minutes INTEGER NOT NULL DEFAULT 0,"
  "  fired_due_at INTEGER,"
  "  snoozed_until INTEGER,"
  "  PRIMARY KEY (source, source_id, offset_minutes)) WITHOUT ROWID;"
  "CREATE INDEX reminder_state_by_snooze ON reminder_state (snoozed_until)"
  "  WHERE snoozed_until IS NOT NULL;"
  "CREATE TRIGGER interviews_reminder_delete AFTER DELETE ON interviews BEGIN"
  "  DELETE FROM reminder_state WHERE source = 'interview' AND source_id = OLD.id;"
  "END;"
  "CREATE TRIGGER follow_ups_reminder_delete AFTER DELETE ON follow_ups BEGIN"
  "  DELETE FROM reminder_state WHERE source = 'follow-up' AND source_id = OLD.id;"
  "END;"
  "CREATE TRIGGER notes_reminder_delete AFTER DELETE ON notes BEGIN"
  "  DELETE FROM reminder_state WHERE source = 'note' AND source_id = OLD.id;"
  "END;"
  "CREATE TABLE follow_up_sequences ("
  "  key TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  trigger TEXT NOT NULL CHECK (trigger IN ('applied', 'interview')),"
  "  builtin INTEGER NOT NULL DEFAULT 0,"
  "  active INTEGER NOT NULL DEFAULT 0,"
  "  position INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE follow_up_steps ("
  "  sequence_key TEXT NOT NULL REFERENCES follow_up_sequences (key)"
  "    ON DELETE CASCADE ON UPDATE CASCADE,"
  "  step INTEGER NOT NULL,"
  "  days INTEGER NOT NULL,"
  "  template TEXT,"
  "  PRIMARY KEY (sequence_key, step));";

/* v5: online accounts and their calendars. An account's secrets live in
 * the Secret Service under secret_key, never here. A calendar link says
 * which remote event stands for which interview or follow-up; outbox items
 * of an account name the local item to push, so edits coalesce into one.
 * When an interview or a follow-up goes, its links and pending pushes keep
 * the negated id: the push still deletes the remote event, and a new row
 * that reuses the rowid is not mistaken for the old one. */
static const char schema_v5[] =
  "CREATE TABLE accounts ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('google', 'caldav')),"
  "  label TEXT NOT NULL CHECK (length (label) > 0),"
  "  server_url TEXT,"
  "  username TEXT,"
  "  calendar_id TEXT,"
  "  calendar_name TEXT,"
  "  sync_token TEXT,"
  "  secret_key TEXT NOT NULL UNIQUE,"
  "  scopes TEXT,"
  "  enabled INTEGER NOT NULL DEFAULT 1,"
  "  sync_follow_ups INTEGER NOT NULL DEFAULT 0,"
  "  invite_interviewer INTEGER NOT NULL DEFAULT 0,"
  "  needs_sign_in INTEGER NOT NULL DEFAULT 0,"
  "  last_sync_at INTEGER NOT NULL DEFAULT 0,"
  "  last_error TEXT,"
  "  created_at INTEGER NOT NULL);"
  "CREATE TABLE calendar_links ("
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  source TEXT NOT NULL CHECK (source IN ('interview', 'follow-up')),"
  "  source_id INTEGER NOT NULL,"
  "  remote_id TEXT NOT NULL,"
  "  etag TEXT,"
  "  updated_at INTEGER NOT NULL,"
  "  PRIMARY KEY (account_id, source, source_id),"
  "  UNIQUE (account_id, remote_id));"
  "CREATE INDEX calendar_links_by_source ON calendar_links (source, source_id);"
  "ALTER TABLE outbox ADD COLUMN account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE;"
  "ALTER TABLE outbox ADD COLUMN source TEXT;"
  "ALTER TABLE outbox ADD COLUMN source_id INTEGER;"
  "CREATE INDEX outbox_by_due ON outbox (state, next_attempt_at);"
  "CREATE INDEX outbox_by_source ON outbox (account_id, source, source_id);"
  "CREATE TRIGGER interviews_link_delete AFTER DELETE ON interviews BEGIN"
  "  UPDATE OR REPLACE calendar_links SET source_id = -OLD.id"
  "    WHERE source = 'interview' AND source_id = OLD.id;"
  "  UPDATE outbox SET source_id = -OLD.id WHERE source = 'interview' AND source_id = OLD.id;"
  "END;"
  "CREATE TRIGGER follow_ups_link_delete AFTER DELETE ON follow_ups BEGIN"
  "  UPDATE OR REPLACE calendar_links SET source_id = -OLD.id"
  "    WHERE source = 'follow-up' AND source_id = OLD.id;"
  "  UPDATE outbox SET source_id = -OLD.id WHERE source = 'follow-up' AND source_id = OLD.id;"
  "END;";

/* v6: Gmail. Messages keep their headers, Gmail's snippet and what the
 * classifier and the matcher made of them, never the body. A message of
 * no account (a file) has a NULL account_id. received_job_id remembers
 * the job whose timeline got the message's "email-received" event, so it
 * is written once. A suggestion keeps what undoing it needs: the stage
 * the job left, the interview it scheduled, whether it created the job. */
static const char schema_v6[] =
  "ALTER TABLE accounts ADD COLUMN mail_enabled INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE accounts ADD COLUMN mail_history_id TEXT;"
  "ALTER TABLE accounts ADD COLUMN mail_synced_at INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE accounts ADD COLUMN mail_last_error TEXT;"
  "ALTER TABLE events ADD COLUMN url TEXT;"
  "CREATE TABLE mail_messages ("
  "  id INTEGER PRIMARY KEY,"
  "  account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,"
  "  gmail_id TEXT,"
  "  thread_id TEXT,"
  "  message_id TEXT,"
  "  in_reply_to TEXT,"
  "  reference_ids TEXT,"
  "  from_name TEXT,"
  "  from_address TEXT,"
  "  reply_to_address TEXT,"
  "  to_addresses TEXT,"
  "  subject TEXT,"
  "  snippet TEXT,"
  "  received_at INTEGER NOT NULL DEFAULT 0,"
  "  labels TEXT,"
  "  bulk INTEGER NOT NULL DEFAULT 0,"
  "  outgoing INTEGER NOT NULL DEFAULT 0,"
  "  category TEXT NOT NULL DEFAULT 'other',"
  "  confidence REAL NOT NULL DEFAULT 0,"
  "  classification_reason TEXT,"
  "  company TEXT,"
  "  job_title TEXT,"
  "  job_id INTEGER REFERENCES jobs (id) ON DELETE SET NULL,"
  "  match_reason TEXT,"
  "  received_job_id INTEGER,"
  "  created_at INTEGER NOT NULL,"
  "  UNIQUE (account_id, gmail_id));"
  "CREATE INDEX mail_messages_by_thread ON mail_messages (account_id, thread_id);"
  "CREATE INDEX mail_messages_by_job ON mail_messages (job_id);"
  "CREATE INDEX mail_messages_by_message_id ON mail_messages (message_id);"
  "CREATE TABLE mail_suggestions ("
  "  id INTEGER PRIMARY KEY,"
  "  message_id INTEGER NOT NULL UNIQUE REFERENCES mail_messages (id) ON DELETE CASCADE,"
  "  job_id INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
  "  category TEXT NOT NULL,"
  "  confidence REAL NOT NULL DEFAULT 0,"
  "  action TEXT NOT NULL"
  "    CHECK (action IN ('move-stage', 'create-job', 'schedule-interview', 'record')),"
  "  target_stage TEXT,"
  "  company TEXT,"
  "  title TEXT,"
  "  interview_starts_at INTEGER NOT NULL DEFAULT 0,"
  "  interview_minutes INTEGER NOT NULL DEFAULT 0,"
  "  interview_location TEXT,"
  "  interview_kind TEXT,"
  "  state TEXT NOT NULL DEFAULT 'pending'"
  "    CHECK (state IN ('pending', 'accepted', 'applied', 'dismissed', 'undone')),"
  "  previous_stage TEXT,"
  "  created_interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,"
  "  created_job INTEGER NOT NULL DEFAULT 0,"
  "  created_at INTEGER NOT NULL,"
  "  resolved_at INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX mail_suggestions_by_state ON mail_suggestions (state, resolved_at);"
  "CREATE INDEX mail_suggestions_by_job ON mail_suggestions (job_id);"
  "CREATE INDEX mail_suggestions_by_interview ON mail_suggestions (created_interview_id);";

/* v7: matching. CV versions keep the text read from the file and the
 * profile (JSON) the user corrected; at most one is active. A job's
 * requirements are a cache, valid while source_hash (title, description,
 * taxonomy version) holds. Dismissed recommendations teach the
 * recommender; practice sessions keep the whole session as JSON. */
static const char schema_v7[] =
  "CREATE TABLE cvs ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL CHECK (length (title) > 0),"
  "  file_name TEXT,"
  "  format TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  profile TEXT NOT NULL,"
  "  active INTEGER NOT NULL DEFAULT 0,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL);"
  "CREATE UNIQUE INDEX cvs_one_active ON cvs (active) WHERE active = 1;"
  "CREATE TABLE job_requirements ("
  "  job_id INTEGER PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,"
  "  source_hash TEXT NOT NULL,"
  "  requirements TEXT NOT NULL);"
  "CREATE TABLE recommendation_feedback ("
  "  job_id INTEGER PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,"
  "  verdict TEXT NOT NULL CHECK (verdict IN ('dismissed')),"
  "  created_at INTEGER NOT NULL);"
  "CREATE TABLE practice_sessions ("
  "  id INTEGER PRIMARY KEY,"
  "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
  "  session TEXT NOT NULL,"
  "  overall_score INTEGER,"
  "  created_at INTEGER NOT NULL,"
  "  finished_at INTEGER);"
  "CREATE INDEX practice_by_job ON practice_sessions (job_id, created_at);";

/* v8: documents written in the app. A cover letter or CV variant keeps its
 * text and the template it came from; sent_at records that it went out
 * with the job's application ("which version was sent where"). */
static const char schema_v8[] =
  "ALTER TABLE documents ADD COLUMN body TEXT;"
  "ALTER TABLE documents ADD COLUMN template TEXT;"
  "ALTER TABLE documents ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE documents ADD COLUMN sent_at INTEGER;"
  "CREATE INDEX documents_by_job ON documents (job_id);";

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE,
                   _("Could not update the database: %s"), message);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate_to_v1 (sqlite3  *db,
               GError  **error)
{
  const char * const *categories = pursuit_pipeline_get_categories ();
  sqlite3_stmt *stmt = NULL;

  if (!exec_sql (db, schema_v1, error))
    return FALSE;

  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO stages (key, label, category, position, color)"
                          " VALUES (?1, NULL, ?1, ?2, ?3)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "preparing stages");

  for (guint i = 0; categories[i] != NULL; i++)
    {
      sqlite3_bind_text (stmt, 1, categories[i], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, pursuit_pipeline_get_default_color (categories[i]), -1,
                         SQLITE_STATIC);

      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          return _pursuit_store_set_sqlite_error (error, db, "adding stages");
        }
      sqlite3_reset (stmt);
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
migrate_to_v2 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v2, error);
}

static gboolean
migrate_to_v3 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v3, error);
}

static gboolean
migrate_to_v4 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v4, error);
}

static gboolean
migrate_to_v5 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v5, error);
}

static gboolean
migrate_to_v6 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v6, error);
}

static gboolean
migrate_to_v7 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v7, error);
}

static gboolean
migrate_to_v8 (sqlite3  *db,
               GError  **error)
{
  return exec_sql (db, schema_v8, error);
}

typedef gboolean (*MigrationStep) (sqlite3 *db, GError **error);

static const MigrationStep steps[] = {
  migrate_to_v1,
  migrate_to_v2,
  migrate_to_v3,
  migrate_to_v4,
  migrate_to_v5,
  migrate_to_v6,
  migrate_to_v7,
  migrate_to_v8,
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == PURSUIT_STORE_SCHEMA_VERSION);

int
_pursuit_migrations_get_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  return version;
}

/*
 * Runs every step from the database's version up to @target_version, each in
 * its own transaction together with the new user_version, so a crash leaves
 * the database at a version it really has.
 */
gboolean
_pursuit_migrations_run (sqlite3  *db,
                         int       target_version,
                         GError  **error)
{
  int version = _pursuit_migrations_get_version (db);

  g_assert (target_version <= PURSUIT_STORE_SCHEMA_VERSION);

  if (version < 0)
    return _pursuit_store_set_sqlite_error (error, db, "reading the schema version");

  if (version > PURSUIT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_VERSION,
                   _("This database was written by a newer version of Pursuit (schema %d, this version reads up to %d)"),
                   version, PURSUIT_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  for (int next = version + 1; next <= target_version; next++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", next);

      g_debug ("Migrating database from schema %d to %d", next - 1, next);

      if (!exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!steps[next - 1] (db, error) ||
          !exec_sql (db, set_version, error) ||
          !exec_sql (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Upgrading the database to schema %d: "), next);
          return FALSE;
        }
    }

  return TRUE;
}
