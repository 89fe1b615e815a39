/* pursuit-test-store.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* A store in a fresh temporary folder, for one test. */
typedef struct
{
  char         *dir;
  char         *path;
  PursuitStore *store;
} StoreFixture;

/* For fixtures that keep their own fields: a store at pursuit.db in a
 * new folder g_dir_make_tmp (@tmpl) (*@out_dir, to free); close drops
 * the store, asserting that nothing else keeps it, and removes the
 * folder. */
PursuitStore *open_temp_store      (const char     *tmpl,
                                    char          **out_dir);
void          close_temp_store     (PursuitStore  **store,
                                    char          **dir);

/* The store pursuit-cli opens with --data-dir @dir. */
PursuitStore *open_store_in        (const char     *dir);

void        store_fixture_setup    (StoreFixture  *fixture,
                                    gconstpointer  data);
void        store_fixture_teardown (StoreFixture  *fixture,
                                    gconstpointer  data);
PursuitJob *make_job               (const char    *title,
                                    const char    *company,
                                    const char    *stage);
/* pursuit_store_add_job (), asserting that the store took @job. */
gint64      store_job              (PursuitStore  *store,
                                    PursuitJob    *job);
gint64      add_job                (PursuitStore  *store,
                                    const char    *title,
                                    const char    *company,
                                    const char    *stage);
gint64      add_job_with_deadline  (PursuitStore  *store,
                                    const char    *title,
                                    const char    *company,
                                    const char    *deadline);
/* A job with its posting @url and @apply_url (either may be NULL). */
gint64      add_job_with_urls      (PursuitStore  *store,
                                    const char    *title,
                                    const char    *company,
                                    const char    *stage,
                                    const char    *url,
                                    const char    *apply_url);
void        remove_tree            (const char    *path);
void        spin_until_idle        (void);
void        exec_store_sql         (PursuitStore  *store,
                                    const char    *sql);
gint64      count_store_rows       (PursuitStore  *store,
                                    const char    *sql);

gint64      fake_clock_read        (gpointer       now);
gint64      unix_time_in           (GTimeZone     *time_zone,
                                    int            year,
                                    int            month,
                                    int            day,
                                    int            hour,
                                    int            minute);

/* Interviews, follow-ups and notes with times, for the schedule and
 * reminder tests; the add/store ones assert that the store took them. */
PursuitInterview *make_interview          (gint64            job_id,
                                           const char       *kind,
                                           gint64            starts_at,
                                           int               duration_minutes);
gint64            store_interview         (PursuitStore     *store,
                                           PursuitInterview *interview);
PursuitInterview *get_stored_interview    (PursuitStore     *store,
                                           gint64            id);
PursuitAccount   *get_stored_account      (PursuitStore     *store,
                                           gint64            id);

/* A received message with just a sender, a subject and a body, as the
 * classifier and matcher see one before anything is stored. */
PursuitMailMessage *make_mail_message     (const char       *from_name,
                                           const char       *from_address,
                                           const char       *subject,
                                           const char       *body);

/* The one item in @account_id's outbox; asserts there is exactly one. */
PursuitOutboxItem *get_only_outbox_item   (PursuitStore     *store,
                                           gint64            account_id);

/* The three scopes Pursuit asks for when Gmail is turned on. */
#define TEST_GMAIL_SCOPES \
  "https://www.googleapis.com/auth/gmail.send " \
  "https://www.googleapis.com/auth/gmail.compose " \
  "https://www.googleapis.com/auth/gmail.readonly"

/* A Google account labelled @address (@calendar_id: NULL for none) with
 * Gmail on and granted @gmail_scopes, or off when NULL. */
gint64            add_google_account      (PursuitStore     *store,
                                           const char       *address,
                                           const char       *calendar_id,
                                           const char       *gmail_scopes);
gint64            add_reminding_interview (PursuitStore     *store,
                                           gint64            job_id,
                                           gint64            starts_at,
                                           const char       *location,
                                           const char       *reminder_minutes);
PursuitFollowUp  *make_follow_up          (gint64            job_id,
                                           const char       *sequence,
                                           gint64            due_at);
gint64            store_follow_up         (PursuitStore     *store,
                                           PursuitFollowUp  *follow_up);
gint64            add_follow_up_due       (PursuitStore     *store,
                                           gint64            job_id,
                                           gint64            due_at);
gint64            add_note_due            (PursuitStore     *store,
                                           gint64            job_id,
                                           const char       *kind,
                                           const char       *body,
                                           gint64            due_at);
char             *reminder_key            (const char       *source,
                                           gint64            id,
                                           int               offset);
void              collect_reminder_keys   (GObject          *scheduler,
                                           GPtrArray        *reminders,
                                           GPtrArray        *keys);

G_END_DECLS
