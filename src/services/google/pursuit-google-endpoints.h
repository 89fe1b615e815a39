/* pursuit-google-endpoints.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_GOOGLE_AUTHORIZE,     /* https://accounts.google.com/o/oauth2/v2/auth */
  PURSUIT_GOOGLE_TOKEN,         /* https://oauth2.googleapis.com/token */
  PURSUIT_GOOGLE_REVOKE,        /* https://oauth2.googleapis.com/revoke */
  PURSUIT_GOOGLE_USERINFO,      /* https://www.googleapis.com/oauth2/v2/userinfo */
  PURSUIT_GOOGLE_CALENDAR_API,  /* https://www.googleapis.com/calendar/v3 */
  PURSUIT_GOOGLE_GMAIL_API,     /* https://gmail.googleapis.com/gmail/v1 */
  PURSUIT_GOOGLE_GMAIL_BATCH,   /* https://gmail.googleapis.com/batch/gmail/v1 */
} PursuitGoogleEndpoint;

/* The URL of @endpoint, with no trailing slash. PURSUIT_GOOGLE_OAUTH_URL
 * replaces the scheme and host of the first three (keeping their paths:
 * "<url>/o/oauth2/v2/auth", "<url>/token", "<url>/revoke"), and
 * PURSUIT_GOOGLE_API_URL those of the others ("<url>/oauth2/v2/userinfo",
 * "<url>/calendar/v3", "<url>/gmail/v1", "<url>/batch/gmail/v1"), so that one fake server on
 * loopback can stand in for all of Google. */
char *pursuit_google_endpoint_dup_url (PursuitGoogleEndpoint endpoint);

/* Scopes (exact strings of the discovery documents). Calendar sync asks for
 * the first three; turning Gmail on asks for the three Gmail ones too:
 * send for follow-ups, compose for drafts, readonly for the inbox. */
#define PURSUIT_GOOGLE_SCOPE_EMAIL              "https://www.googleapis.com/auth/userinfo.email"
#define PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS    "https://www.googleapis.com/auth/calendar.events"
#define PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST      "https://www.googleapis.com/auth/calendar.calendarlist.readonly"
#define PURSUIT_GOOGLE_SCOPE_GMAIL_SEND         "https://www.googleapis.com/auth/gmail.send"
#define PURSUIT_GOOGLE_SCOPE_GMAIL_COMPOSE      "https://www.googleapis.com/auth/gmail.compose"
#define PURSUIT_GOOGLE_SCOPE_GMAIL_READONLY     "https://www.googleapis.com/auth/gmail.readonly"

G_END_DECLS
