/* pursuit-test-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "pursuit-store-mail.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }

  g_rmdir (path);
}

PursuitStore *
open_store_in (const char *dir)
{
  g_autoptr(GError) error = NULL;
  PursuitStore *store = pursuit_store_open_default (dir, &error);

  g_assert_no_error (error);
  return store;
}

/* Runs what the main context has ready: signal handlers, idles, redraws. */
void
spin_until_idle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Raw SQL on the store's database, for states the API cannot make (old
 * rows, hand edits); any failure ends the test. */
void
exec_store_sql (PursuitStore *store,
                const char   *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_pursuit_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The first column of the first row of @sql (a SELECT COUNT(*) ...),
 * read straight from the database to see what the API does not show
 * (rows left behind, raw columns); -1 when there is no row. */
gint64
count_store_rows (PursuitStore *store,
                  const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_pursuit_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

PursuitStore *
open_temp_store (const char  *tmpl,
                 char       **out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PursuitStore *store;

  *out_dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);

  path = g_build_filename (*out_dir, "pursuit.db", NULL);
  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
close_temp_store (PursuitStore **store,
                  char         **dir)
{
  if (*store != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (*store), (gpointer *)store);
      g_object_unref (*store);
      /* Nothing may keep the store alive behind the test's back. */
      g_assert_null (*store);
    }

  remove_tree (*dir);
  g_clear_pointer (dir, g_free);
}

void
store_fixture_setup (StoreFixture  *fixture,
                     gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-XXXXXX", &fixture->dir);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
}

void
store_fixture_teardown (StoreFixture  *fixture,
                        gconstpointer  data)
{
  close_temp_store (&fixture->store, &fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
}

PursuitJob *
make_job (const char *title,
          const char *company,
          const char *stage)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_stage (job, stage);

  return job;
}

/* Adds @job, which the test set up as it needs; returns its id. */
gint64
store_job (PursuitStore *store,
           PursuitJob   *job)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_store_add_job (store, job, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

gint64
add_job (PursuitStore *store,
         const char   *title,
         const char   *company,
         const char   *stage)
{
  g_autoptr(PursuitJob) job = make_job (title, company, stage);

  return store_job (store, job);
}

/* An applied job with its application deadline (a date, or NULL). */
gint64
add_job_with_deadline (PursuitStore *store,
                       const char   *title,
                       const char   *company,
                       const char   *deadline)
{
  g_autoptr(PursuitJob) job = make_job (title, company, "applied");

  if (deadline != NULL)
    pursuit_job_set_deadline (job, deadline);

  return store_job (store, job);
}

/* A PursuitClockFunc for the scheduler, notifier and tray feed: @now
 * points at the test's own "now", which the test moves. */
gint64
fake_clock_read (gpointer now)
{
  return *(gint64 *) now;
}

/* Wall-clock time in @time_zone to unix seconds. */
gint64
unix_time_in (GTimeZone *time_zone,
              int        year,
              int        month,
              int        day,
              int        hour,
              int        minute)
{
  g_autoptr(GDateTime) date_time = g_date_time_new (time_zone, year, month, day, hour, minute, 0);

  g_assert_nonnull (date_time);
  return g_date_time_to_unix (date_time);
}

PursuitInterview *
make_interview (gint64      job_id,
                const char *kind,
                gint64      starts_at,
                int         duration_minutes)
{
  PursuitInterview *interview = pursuit_interview_new ();

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, kind);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_duration_minutes (interview, duration_minutes);

  return interview;
}

/* Adds @interview, which the test set up as it needs; returns its id. */
gint64
store_interview (PursuitStore     *store,
                 PursuitInterview *interview)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_store_add_interview (store, interview, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* What the store reads back for @id; an error or no row fails the test. */
PursuitInterview *
get_stored_interview (PursuitStore *store,
                      gint64        id)
{
  g_autoptr(GError) error = NULL;
  PursuitInterview *interview = pursuit_store_get_interview (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (interview);
  return interview;
}

PursuitAccount *
get_stored_account (PursuitStore *store,
                    gint64        id)
{
  g_autoptr(GError) error = NULL;
  PursuitAccount *account = pursuit_store_get_account (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (account);
  return account;
}

gint64
add_job_with_urls (PursuitStore *store,
                   const char   *title,
                   const char   *company,
                   const char   *stage,
                   const char   *url,
                   const char   *apply_url)
{
  g_autoptr(PursuitJob) job = make_job (title, company, stage);

  pursuit_job_set_url (job, url);
  pursuit_job_set_apply_url (job, apply_url);

  return store_job (store, job);
}

PursuitMailMessage *
make_mail_message (const char *from_name,
                   const char *from_address,
                   const char *subject,
                   const char *body)
{
  PursuitMailMessage *message = pursuit_mail_message_new ();

  pursuit_mail_message_set_from_name (message, from_name);
  pursuit_mail_message_set_from_address (message, from_address);
  pursuit_mail_message_set_subject (message, subject);
  pursuit_mail_message_set_body_text (message, body);

  return message;
}

PursuitOutboxItem *
get_only_outbox_item (PursuitStore *store,
                      gint64        account_id)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = pursuit_store_list_outbox (store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  return g_object_ref (g_ptr_array_index (items, 0));
}

gint64
add_google_account (PursuitStore *store,
                    const char   *address,
                    const char   *calendar_id,
                    const char   *gmail_scopes)
{
  g_autoptr(PursuitAccount) account = pursuit_account_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_account_set_kind (account, "google");
  pursuit_account_set_label (account, address);
  pursuit_account_set_calendar_id (account, calendar_id);
  id = pursuit_store_add_account (store, account, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  if (gmail_scopes != NULL)
    {
      g_assert_true (pursuit_store_set_account_mail_enabled (store, id, TRUE, gmail_scopes, &error));
      g_assert_no_error (error);
    }
  return id;
}

/* An hour-long technical interview with its reminders, as the reminder
 * tests schedule them. */
gint64
add_reminding_interview (PursuitStore *store,
                         gint64        job_id,
                         gint64        starts_at,
                         const char   *location,
                         const char   *reminder_minutes)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", starts_at, 60);

  pursuit_interview_set_location (interview, location);
  pursuit_interview_set_reminder_minutes (interview, reminder_minutes);

  return store_interview (store, interview);
}

/* The first step of @sequence. */
PursuitFollowUp *
make_follow_up (gint64      job_id,
                const char *sequence,
                gint64      due_at)
{
  PursuitFollowUp *follow_up = pursuit_follow_up_new ();

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, sequence);
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, due_at);

  return follow_up;
}

gint64
store_follow_up (PursuitStore    *store,
                 PursuitFollowUp *follow_up)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_store_add_follow_up (store, follow_up, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* A pending "after applied" follow-up due at @due_at. */
gint64
add_follow_up_due (PursuitStore *store,
                   gint64        job_id,
                   gint64        due_at)
{
  g_autoptr(PursuitFollowUp) follow_up = make_follow_up (job_id, "after_applied", due_at);

  return store_follow_up (store, follow_up);
}

gint64
add_note_due (PursuitStore *store,
              gint64        job_id,
              const char   *kind,
              const char   *body,
              gint64        due_at)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_kind (note, kind);
  pursuit_note_set_body (note, body);
  pursuit_note_set_due_at (note, due_at);
  id = pursuit_store_add_note (store, note, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* A reminder's key as the store makes it: "follow-up:12:0". */
char *
reminder_key (const char *source,
              gint64      id,
              int         offset)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%d", source, id, offset);
}

/* A "reminders-due" handler that appends the key of every reminder
 * delivered to @keys, in order. */
void
collect_reminder_keys (GObject   *scheduler,
                       GPtrArray *reminders,
                       GPtrArray *keys)
{
  g_assert_cmpuint (reminders->len, >, 0);

  for (guint i = 0; i < reminders->len; i++)
    g_ptr_array_add (keys, pursuit_reminder_dup_key (g_ptr_array_index (reminders, i)));
}
