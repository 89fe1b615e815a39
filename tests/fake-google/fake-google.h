/* fake-google.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* A fake of Google on loopback for the tests and for manual runs: OAuth
 * (authorize, token, revoke, userinfo), Calendar v3 and Gmail v1 under one
 * base URL, as PURSUIT_GOOGLE_OAUTH_URL and PURSUIT_GOOGLE_API_URL expect
 * (pursuit-google-endpoints.h). Every API request is checked against the
 * discovery documents (the JSON files in tests/fake-google/discovery): method, path,
 * query parameters (declared, right type and enum, required ones present,
 * none forbidden with syncToken), body fields (declared in the request
 * schema, right JSON type, recursively). A request the real API would
 * reject gets Google's 400 error envelope and is recorded as a violation;
 * every JSON body the fake sends is checked against the response schema
 * too. Tests end with fake_google_assert_no_violations(). */

typedef enum
{
  FAKE_GOOGLE_FAULT_STATUS,         /* answer @status with Google's error
                                       envelope (reason from the status:
                                       429 rateLimitExceeded, 500
                                       backendError, 403 userRateLimitExceeded,
                                       ...), Retry-After when set */
  FAKE_GOOGLE_FAULT_DROP,           /* close the connection without answering */
  FAKE_GOOGLE_FAULT_TRUNCATED_JSON, /* do the work, then send half the body */
  FAKE_GOOGLE_FAULT_INVALID_JSON,   /* do the work, then send a body that is not JSON */
  FAKE_GOOGLE_FAULT_LOST_RESPONSE,  /* do the work, then drop the connection
                                       (libsoup may resend an idempotent
                                       request such as a GET on a reused
                                       connection that drops: the fake
                                       then counts it twice) */
} FakeGoogleFaultKind;

#define FAKE_TYPE_GOOGLE (fake_google_get_type ())

G_DECLARE_FINAL_TYPE (FakeGoogle, fake_google, FAKE, GOOGLE, GObject)

/* Listens on 127.0.0.1 (@port 0: a free one) on the thread-default main
 * context. The account is "ann.example@gmail.com" with the calendars
 * "primary" (that address) and "jobs@group.calendar.google.com". */
FakeGoogle  *fake_google_new                   (guint         port,
                                                GError      **error);
/* "http://127.0.0.1:<port>", no trailing slash */
const char  *fake_google_get_url               (FakeGoogle   *self);
/* Sets PURSUIT_GOOGLE_OAUTH_URL and PURSUIT_GOOGLE_API_URL to the URL. */
void         fake_google_export_environment    (FakeGoogle   *self);

/* Validation */
guint        fake_google_get_n_violations      (FakeGoogle   *self);
/* Each "<method id>: <what was wrong>", e.g. "calendar.events.list:
 * parameter timeMin is not allowed with syncToken". */
GPtrArray   *fake_google_get_violations        (FakeGoogle   *self);
#define fake_google_assert_no_violations(fake) \
  G_STMT_START { \
    GPtrArray *v_ = fake_google_get_violations (fake); \
    for (guint i_ = 0; i_ < v_->len; i_++) \
      g_printerr ("fake-google violation: %s\n", (char *)v_->pdata[i_]); \
    g_assert_cmpuint (v_->len, ==, 0); \
  } G_STMT_END

/* Faults: the next @count requests whose method id starts with @method
 * (e.g. "calendar.events.insert", "calendar.", "oauth.token"; NULL: any)
 * get @kind. Queued faults apply in order. */
void         fake_google_add_fault             (FakeGoogle          *self,
                                                const char          *method,
                                                FakeGoogleFaultKind  kind,
                                                guint                status,
                                                guint                retry_after_seconds,
                                                guint                count);
void         fake_google_set_latency           (FakeGoogle   *self,
                                                guint         milliseconds);
/* A share of requests (0..1, seeded with @seed) answered 503. */
void         fake_google_set_fail_rate         (FakeGoogle   *self,
                                                double        rate,
                                                guint32       seed);
/* Requests received for methods starting with @method (NULL: all),
 * faulted ones included. Method ids: the discovery "id"
 * ("calendar.events.insert", "gmail.users.messages.list") and
 * "oauth.authorize", "oauth.token", "oauth.revoke", "oauth.userinfo",
 * "gmail.batch", "calendar.batch" (a batch counts once, and each of its
 * parts as itself); "unknown" for paths the fake does not know. */
guint        fake_google_count_requests        (FakeGoogle   *self,
                                                const char   *method);

/* OAuth: the authorization endpoint approves at once (302 to the
 * redirect_uri with code and state), or denies (error=access_denied) after
 * fake_google_set_deny_consent(). The token endpoint checks client id and
 * secret, the code's redirect_uri and PKCE S256 verifier, one use per
 * code; access tokens live @seconds (default 3600). Until
 * fake_google_set_client() is called any client id is accepted, with any
 * secret. */
void         fake_google_set_client            (FakeGoogle   *self,
                                                const char   *client_id,
                                                const char   *client_secret);
void         fake_google_set_deny_consent      (FakeGoogle   *self,
                                                gboolean      deny);
void         fake_google_set_token_lifetime    (FakeGoogle   *self,
                                                guint         seconds);
/* Every access token issued so far stops working (401 authError). */
void         fake_google_expire_access_tokens  (FakeGoogle   *self);
/* Every refresh token stops working (invalid_grant). */
void         fake_google_revoke_refresh_tokens (FakeGoogle   *self);
gboolean     fake_google_token_is_revoked      (FakeGoogle   *self,
                                                const char   *token);
const char  *fake_google_get_email             (FakeGoogle   *self);
/* The scopes granted; NULL (default): whatever was asked. */
void         fake_google_set_granted_scopes    (FakeGoogle   *self,
                                                const char   *scopes);

/* Calendar state, for assertions and for changes "made on Google's side"
 * (each bumps the event's etag, updated and the calendar's sync state). */
guint        fake_google_count_events          (FakeGoogle   *self,
                                                const char   *calendar_id,
                                                gboolean      include_cancelled);
/* The stored Event resource, or NULL; owned by the fake. */
JsonObject  *fake_google_get_event             (FakeGoogle   *self,
                                                const char   *calendar_id,
                                                const char   *event_id);
gboolean     fake_google_move_event            (FakeGoogle   *self,
                                                const char   *calendar_id,
                                                const char   *event_id,
                                                gint64        starts_at,
                                                gint64        ends_at);
gboolean     fake_google_delete_event          (FakeGoogle   *self,
                                                const char   *calendar_id,
                                                const char   *event_id);
/* The next events.list with any syncToken answers 410 fullSyncRequired. */
void         fake_google_expire_sync_tokens    (FakeGoogle   *self);
/* events.list pages hold at most @n items (default 250). */
void         fake_google_set_page_size         (FakeGoogle   *self,
                                                guint         n);

/* Gmail: a mailbox of @n realistic messages (recruiters, job boards,
 * replies; threads, labels, dates over the months before 2026-11-20),
 * the same for the same @n. Handled: users.getProfile, labels.list,
 * messages.list/get/modify/send (JSON and media upload),
 * messages.attachments.get, threads.list/get, history.list, and
 * /batch/gmail/v1. */
void         fake_google_seed_messages         (FakeGoogle   *self,
                                                guint         n);
guint        fake_google_count_messages        (FakeGoogle   *self);

/* A message in the inbox from RFC 5322 text, as if it had just arrived
 * (a messageAdded history record): labels @label_ids ("INBOX,UNREAD" when
 * NULL), internalDate @internal_date_ms (0: now), and the thread of the
 * message it answers (In-Reply-To / References and the same subject),
 * else one of its own. Full and metadata answers show its own MIME tree.
 * Returns its Gmail id, NULL when GMime cannot read it. */
char        *fake_google_add_raw_message       (FakeGoogle   *self,
                                                GBytes       *rfc5322,
                                                const char   *label_ids,
                                                gint64        internal_date_ms);
/* The RFC 5322 text of message @id (sent ones and drafts included),
 * NULL when there is none. */
GBytes      *fake_google_get_raw_message       (FakeGoogle   *self,
                                                const char   *id);
char        *fake_google_get_message_thread_id (FakeGoogle   *self,
                                                const char   *id);
/* Ids of the messages labelled SENT, oldest first. */
GPtrArray   *fake_google_list_sent_ids         (FakeGoogle   *self);
guint        fake_google_count_drafts          (FakeGoogle   *self);
/* Every startHistoryId older than the current historyId is now too old
 * (history.list answers 404). */
void         fake_google_expire_history        (FakeGoogle   *self);

G_END_DECLS
