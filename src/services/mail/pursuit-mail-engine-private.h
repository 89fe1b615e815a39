/* pursuit-mail-engine-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-gmail-client.h"
#include "pursuit-mail-engine.h"
#include "pursuit-mail-matcher.h"

G_BEGIN_DECLS

/* Between pursuit-mail-engine.c (state, automatic mode, public API),
 * pursuit-mail-run.c (the runs of each account, one after the other),
 * pursuit-mail-send.c (the outbox items) and pursuit-mail-sync.c
 * (reading the inbox). */

/* Messages per messages.list and history.list page. */
#define MAIL_LIST_PAGE_SIZE 500

/* What the engine knows about an account beyond the store. */
typedef struct
{
  gint64              account_id;
  PursuitGoogleAuth  *auth;          /* the clients were made with it */
  PursuitGmailClient *client;
  PursuitGmailClient *send_client;
  gboolean            running;
  GQueue              waiting;       /* of GTask: runs to start after this one */
  gint64              paused_until;  /* automatic runs wait for it */
} MailAccount;

/* One run of one account: the queued mail, then (with @read) the inbox. */
typedef struct
{
  gint64              account_id;
  gboolean            all_items;     /* whatever their next attempt */
  gboolean            read;
  PursuitSyncReport  *report;
  PursuitAccount     *account;
  PursuitGmailClient *client;        /* reads, with the HTTP retries */
  PursuitGmailClient *send_client;   /* sends: never resent by the transport */

  /* Sending (pursuit-mail-send.c) */
  GPtrArray          *items;
  guint               next_item;
  PursuitOutboxItem  *current;
  GBytes             *raw;
  char               *message_id;
  char               *thread_id;

  /* Reading (pursuit-mail-sync.c) */
  gboolean            full;
  char               *history_id;    /* to store when the run ends well */
  char               *page_token;
  GPtrArray          *to_fetch;      /* Gmail ids, in the order listed */
  GHashTable         *known;         /* Gmail ids stored already */
  guint               fetched;       /* of to_fetch */
  PursuitMailMatcher *matcher;
  gboolean            incomplete;    /* some messages could not be read */
  GPtrArray          *batch;         /* of PursuitMailMessage, being classified */

  GError             *error;         /* the account's mail error after the run */
} MailRun;

PursuitStore *_pursuit_mail_engine_store        (PursuitMailEngine *self);
PursuitSyncEngine *_pursuit_mail_engine_get_sync_engine (PursuitMailEngine *self);
MailAccount  *_pursuit_mail_engine_ensure_account (PursuitMailEngine *self,
                                                 gint64             account_id);
/* New clients for the account when @auth is not the one they use. */
void          _pursuit_mail_engine_ensure_clients (PursuitMailEngine *self,
                                                 MailAccount       *ma,
                                                 PursuitGoogleAuth *auth);
/* At the end of every run: the next automatic one. */
void          _pursuit_mail_engine_run_ended    (PursuitMailEngine *self);
/* Whether Pursuit may use Gmail for @account at all (a Google account,
 * enabled, Gmail on). */
gboolean      _pursuit_mail_account_has_mail    (PursuitAccount    *account);
guint         _pursuit_mail_engine_window_days  (PursuitMailEngine *self);
double        _pursuit_mail_engine_threshold    (PursuitMailEngine *self);
GTimeZone    *_pursuit_mail_engine_time_zone    (PursuitMailEngine *self);
/* Sets the account's pause after a failure (automatic runs wait). */
void          _pursuit_mail_engine_pause        (PursuitMailEngine *self,
                                                 gint64             account_id,
                                                 gint64             until);
void          _pursuit_mail_engine_set_reading  (PursuitMailEngine *self,
                                                 gboolean           reading);
void          _pursuit_mail_engine_emit_progress (PursuitMailEngine *self,
                                                 gint64             account_id,
                                                 guint              done,
                                                 guint              total);
void          _pursuit_mail_engine_emit_applied (PursuitMailEngine *self,
                                                 gint64             suggestion_id);
void          _pursuit_mail_engine_emit_sent    (PursuitMailEngine *self,
                                                 gint64             outbox_id,
                                                 const char        *kind,
                                                 const char        *error);

/* Tests: the first wait before failed batch parts are asked again. */
void          _pursuit_mail_engine_set_part_retry_delay (PursuitMailEngine *self,
                                                 guint              milliseconds);

/* Keeps @error (taking it) as the run's error, the last one wins. */
void          _pursuit_mail_run_take_error      (MailRun           *run,
                                                 GError            *error);
/* The run's GTask ends (source object: the engine, task data: MailRun). */
void          _pursuit_mail_run_finish          (GTask             *task);

/* pursuit-mail-run.c: one run of @account_id (after the one in progress,
 * if any): the due mail (@all_items: every pending one), then with @read
 * the inbox; counted into @report (NULL: a report of its own). */
void          _pursuit_mail_engine_run_account_async  (PursuitMailEngine   *self,
                                                       gint64               account_id,
                                                       gboolean             all_items,
                                                       gboolean             read,
                                                       PursuitSyncReport   *report,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean      _pursuit_mail_engine_run_account_finish (PursuitMailEngine   *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* pursuit-mail-send.c: the account's due gmail.* items one at a time;
 * then _pursuit_mail_sync_read() or _pursuit_mail_run_finish(). */
void          _pursuit_mail_send_start          (GTask             *task);
/* Whether @kind is one of the mail engine's outbox kinds. */
gboolean      _pursuit_mail_is_mail_kind        (const char        *kind);

/* pursuit-mail-sync.c: reads the inbox, then _pursuit_mail_run_finish(). */
void          _pursuit_mail_sync_read           (GTask             *task);

G_END_DECLS
