/* pursuit-test-mail.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-google.h"
#include "pursuit-mail-engine.h"
#include "pursuit-store-mail.h"
#include "pursuit-test-store.h"

G_BEGIN_DECLS

#define MAIL_TEST_CLIENT_ID     "mail-test.apps.googleusercontent.com"
#define MAIL_TEST_CLIENT_SECRET "mail-test-secret"

/* The mail engine end to end: a store in a temporary folder, the fake
 * Google, a real keyring (pursuit_test_keyring_start () in main), a
 * Google account added and Gmail turned on through the sign-in pages
 * (the test is the browser). Skips without a keyring. */
typedef struct
{
  StoreFixture        store;
  FakeGoogle         *fake;
  PursuitHttp        *http;
  PursuitSecretStore *secrets;
  PursuitSyncEngine  *sync;
  PursuitMailEngine  *mail;
  SoupSession        *browser;
  gint64              account_id;
  char               *email;
} MailFixture;

void               mail_fixture_setup    (MailFixture   *fixture,
                                          gconstpointer  data);
void               mail_fixture_teardown (MailFixture   *fixture,
                                          gconstpointer  data);
/* New engines (and store object) on the same database file, as after a
 * restart of Pursuit. */
void               mail_fixture_restart  (MailFixture   *fixture);
/* One pursuit_mail_engine_sync_async () of every account; asserts it
 * was not cancelled. */
PursuitSyncReport *mail_fixture_sync     (MailFixture   *fixture);
/* Queues @kind ("gmail.send", "gmail.draft") of @job_id / @follow_up_id
 * to @to; asserts the store took it. */
gint64             mail_fixture_queue    (MailFixture   *fixture,
                                          const char    *kind,
                                          gint64         job_id,
                                          gint64         follow_up_id,
                                          const char    *to,
                                          const char    *subject,
                                          const char    *body,
                                          const char    *thread_id,
                                          const char    *in_reply_to);
/* An RFC 5322 message from @from about @subject, delivered to the
 * fake's inbox now; returns its Gmail id. */
char              *mail_fixture_deliver  (MailFixture   *fixture,
                                          const char    *from,
                                          const char    *subject,
                                          const char    *body,
                                          const char    *message_id,
                                          const char    *in_reply_to);
/* pursuit_sync_engine_enable_gmail_async () with the test as the
 * browser; returns what _finish () returned. */
gboolean           mail_fixture_enable_gmail (MailFixture *fixture,
                                              GError     **error);
/* Rows of the mail_messages table. */
gint64             mail_fixture_count_messages (MailFixture *fixture);

G_END_DECLS
