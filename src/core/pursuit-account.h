/* pursuit-account.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_ACCOUNT (pursuit_account_get_type ())

/* An online account whose calendar Pursuit keeps in step: a Google account
 * or a CalDAV calendar. Its secrets (refresh token, password) live in the
 * Secret Service under secret-key, never here. */
G_DECLARE_FINAL_TYPE (PursuitAccount, pursuit_account, PURSUIT, ACCOUNT, GObject)

PursuitAccount *pursuit_account_new (void);
char *pursuit_account_new_secret_key (void);

gint64 pursuit_account_get_id (PursuitAccount *self);
void pursuit_account_set_id (PursuitAccount *self, gint64 id);
/* kind: "google" or "caldav" */
const char *pursuit_account_get_kind (PursuitAccount *self);
void pursuit_account_set_kind (PursuitAccount *self, const char *kind);
/* label: what the user recognises: the Google address, "name@host" */
const char *pursuit_account_get_label (PursuitAccount *self);
void pursuit_account_set_label (PursuitAccount *self, const char *label);
/* server-url: the CalDAV server as the user typed it; NULL for Google */
const char *pursuit_account_get_server_url (PursuitAccount *self);
void pursuit_account_set_server_url (PursuitAccount *self, const char *server_url);
/* username: the CalDAV user name; NULL for Google */
const char *pursuit_account_get_username (PursuitAccount *self);
void pursuit_account_set_username (PursuitAccount *self, const char *username);
/* calendar-id: Google's calendar id ("primary", "x@group.calendar.google.com")
 * or the CalDAV calendar collection's absolute URL; NULL until chosen */
const char *pursuit_account_get_calendar_id (PursuitAccount *self);
void pursuit_account_set_calendar_id (PursuitAccount *self, const char *calendar_id);
const char *pursuit_account_get_calendar_name (PursuitAccount *self);
void pursuit_account_set_calendar_name (PursuitAccount *self, const char *calendar_name);
/* sync-token: Google's nextSyncToken or the CalDAV sync-token; NULL before
 * the first full sync */
const char *pursuit_account_get_sync_token (PursuitAccount *self);
void pursuit_account_set_sync_token (PursuitAccount *self, const char *sync_token);
/* secret-key: random, chosen by the store on insert when NULL; the key of
 * the account's secrets in the Secret Service */
const char *pursuit_account_get_secret_key (PursuitAccount *self);
void pursuit_account_set_secret_key (PursuitAccount *self, const char *secret_key);
/* scopes: the OAuth scopes granted, space-separated; NULL for CalDAV */
const char *pursuit_account_get_scopes (PursuitAccount *self);
void pursuit_account_set_scopes (PursuitAccount *self, const char *scopes);
/* enabled: whether interviews are written to this calendar (default TRUE) */
gboolean pursuit_account_get_enabled (PursuitAccount *self);
void pursuit_account_set_enabled (PursuitAccount *self, gboolean enabled);
/* sync-follow-ups: whether pending follow-ups become events too (default FALSE) */
gboolean pursuit_account_get_sync_follow_ups (PursuitAccount *self);
void pursuit_account_set_sync_follow_ups (PursuitAccount *self, gboolean sync_follow_ups);
/* invite-interviewer: whether the interviewer is added as an attendee
 * (default FALSE: nobody gets an invitation unless the user asks) */
gboolean pursuit_account_get_invite_interviewer (PursuitAccount *self);
void pursuit_account_set_invite_interviewer (PursuitAccount *self, gboolean invite_interviewer);
/* needs-sign-in: the server refused the stored credentials (invalid_grant,
 * a 401 after a refresh); cleared by a successful sign-in */
gboolean pursuit_account_get_needs_sign_in (PursuitAccount *self);
void pursuit_account_set_needs_sign_in (PursuitAccount *self, gboolean needs_sign_in);
/* last-sync-at: unix time of the last sync that ended without error; 0 never */
gint64 pursuit_account_get_last_sync_at (PursuitAccount *self);
void pursuit_account_set_last_sync_at (PursuitAccount *self, gint64 last_sync_at);
/* last-error: the last error in plain words, NULL after a success */
const char *pursuit_account_get_last_error (PursuitAccount *self);
void pursuit_account_set_last_error (PursuitAccount *self, const char *last_error);
gint64 pursuit_account_get_created_at (PursuitAccount *self);
void pursuit_account_set_created_at (PursuitAccount *self, gint64 created_at);

/* mail-enabled: Gmail is turned on for this Google account (the Gmail
 * scopes were granted): follow-ups can be sent and the inbox is read */
gboolean pursuit_account_get_mail_enabled (PursuitAccount *self);
void pursuit_account_set_mail_enabled (PursuitAccount *self, gboolean mail_enabled);
/* mail-history-id: Gmail's historyId after the last mail sync; NULL before
 * the first full sync (and after a 404 asks for one) */
const char *pursuit_account_get_mail_history_id (PursuitAccount *self);
void pursuit_account_set_mail_history_id (PursuitAccount *self, const char *mail_history_id);
/* mail-synced-at: when the last mail sync ended well, 0 never */
gint64 pursuit_account_get_mail_synced_at (PursuitAccount *self);
void pursuit_account_set_mail_synced_at (PursuitAccount *self, gint64 mail_synced_at);
/* mail-last-error: why the last mail sync failed, NULL when it worked */
const char *pursuit_account_get_mail_last_error (PursuitAccount *self);
void pursuit_account_set_mail_last_error (PursuitAccount *self, const char *mail_last_error);

PursuitAccount *pursuit_account_copy (PursuitAccount *self);

G_END_DECLS
