/* pursuit-mail-message.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * PursuitMailCategory:
 * @PURSUIT_MAIL_OTHER: not about one of the user's applications (job
 *   alerts, newsletters, marketing, personal mail), or not sure
 * @PURSUIT_MAIL_CONFIRMATION: the application was received
 * @PURSUIT_MAIL_REJECTION: the company will not go on with the application
 * @PURSUIT_MAIL_INTERVIEW: an interview invitation or a request to schedule
 *   one
 * @PURSUIT_MAIL_ASSESSMENT: a test, take-home task or coding challenge
 * @PURSUIT_MAIL_OFFER: a job offer
 */
typedef enum
{
  PURSUIT_MAIL_OTHER,
  PURSUIT_MAIL_CONFIRMATION,
  PURSUIT_MAIL_REJECTION,
  PURSUIT_MAIL_INTERVIEW,
  PURSUIT_MAIL_ASSESSMENT,
  PURSUIT_MAIL_OFFER,
  PURSUIT_MAIL_N_CATEGORIES,
} PursuitMailCategory;

/* "other", "confirmation", "rejection", "interview", "assessment", "offer":
 * stable, for the store and --json. */
const char          *pursuit_mail_category_to_string   (PursuitMailCategory category);
/* PURSUIT_MAIL_OTHER for NULL or an unknown string. */
PursuitMailCategory  pursuit_mail_category_from_string (const char *string);
/* "Rejection", "Interview invitation", ...: translated, for the UI. */
const char          *pursuit_mail_category_get_label   (PursuitMailCategory category);

#define PURSUIT_TYPE_MAIL_MESSAGE (pursuit_mail_message_get_type ())

/* One email as Pursuit keeps it: the headers that matter decoded to UTF-8,
 * the text of the body (HTML turned into text, at most
 * PURSUIT_MAIL_MAX_BODY_TEXT bytes), the first text/calendar part, and
 * what the classifier and the matcher made of it. Read from an RFC 5322
 * file (pursuit_mail_parse) or from Gmail's Message resource. */
G_DECLARE_FINAL_TYPE (PursuitMailMessage, pursuit_mail_message, PURSUIT, MAIL_MESSAGE, GObject)

#define PURSUIT_MAIL_MAX_BODY_TEXT (64 * 1024)

PursuitMailMessage *pursuit_mail_message_new (void);

/* id: the store's row id, 0 before it is saved */
gint64 pursuit_mail_message_get_id (PursuitMailMessage *self);
void pursuit_mail_message_set_id (PursuitMailMessage *self, gint64 id);
/* account-id: the Gmail account it came from, 0 for a file */
gint64 pursuit_mail_message_get_account_id (PursuitMailMessage *self);
void pursuit_mail_message_set_account_id (PursuitMailMessage *self, gint64 account_id);
/* gmail-id, thread-id: Gmail's ids (hex strings), NULL for a file */
const char *pursuit_mail_message_get_gmail_id (PursuitMailMessage *self);
void pursuit_mail_message_set_gmail_id (PursuitMailMessage *self, const char *gmail_id);
const char *pursuit_mail_message_get_thread_id (PursuitMailMessage *self);
void pursuit_mail_message_set_thread_id (PursuitMailMessage *self, const char *thread_id);
/* message-id: the Message-ID header with its angle brackets,
 * "<abc@example.com>"; NULL when the message has none */
const char *pursuit_mail_message_get_message_id (PursuitMailMessage *self);
void pursuit_mail_message_set_message_id (PursuitMailMessage *self, const char *message_id);
/* in-reply-to, references: the headers as sent (ids in angle brackets,
 * references space-separated), NULL when absent */
const char *pursuit_mail_message_get_in_reply_to (PursuitMailMessage *self);
void pursuit_mail_message_set_in_reply_to (PursuitMailMessage *self, const char *in_reply_to);
const char *pursuit_mail_message_get_references (PursuitMailMessage *self);
void pursuit_mail_message_set_references (PursuitMailMessage *self, const char *references);
/* from-name ("Acme Recruiting", NULL when none), from-address
 * ("jobs@acme.com", lower case), reply-to-address (NULL when none) */
const char *pursuit_mail_message_get_from_name (PursuitMailMessage *self);
void pursuit_mail_message_set_from_name (PursuitMailMessage *self, const char *from_name);
const char *pursuit_mail_message_get_from_address (PursuitMailMessage *self);
void pursuit_mail_message_set_from_address (PursuitMailMessage *self, const char *from_address);
const char *pursuit_mail_message_get_reply_to_address (PursuitMailMessage *self);
void pursuit_mail_message_set_reply_to_address (PursuitMailMessage *self, const char *reply_to_address);
/* to: the To header decoded, as displayed ("Ada <ada@x.org>, bob@y.org") */
const char *pursuit_mail_message_get_to (PursuitMailMessage *self);
void pursuit_mail_message_set_to (PursuitMailMessage *self, const char *to);
const char *pursuit_mail_message_get_subject (PursuitMailMessage *self);
void pursuit_mail_message_set_subject (PursuitMailMessage *self, const char *subject);
/* snippet: Gmail's, or the start of the body text for a file */
const char *pursuit_mail_message_get_snippet (PursuitMailMessage *self);
void pursuit_mail_message_set_snippet (PursuitMailMessage *self, const char *snippet);
/* body-text: plain text (from text/plain, else the HTML part as text) */
const char *pursuit_mail_message_get_body_text (PursuitMailMessage *self);
void pursuit_mail_message_set_body_text (PursuitMailMessage *self, const char *body_text);
/* received-at: Gmail's internalDate (seconds), or the Date header */
gint64 pursuit_mail_message_get_received_at (PursuitMailMessage *self);
void pursuit_mail_message_set_received_at (PursuitMailMessage *self, gint64 received_at);
/* labels: Gmail's label ids, comma-separated ("INBOX,UNREAD"), NULL for a file */
const char *pursuit_mail_message_get_labels (PursuitMailMessage *self);
void pursuit_mail_message_set_labels (PursuitMailMessage *self, const char *labels);
/* bulk: sent to a list (List-Id, List-Unsubscribe, Precedence: bulk or
 * list, Auto-Submitted other than "no" does NOT count), a hint for the
 * classifier: newsletters and job alerts are bulk, ATS mail often is too */
gboolean pursuit_mail_message_get_bulk (PursuitMailMessage *self);
void pursuit_mail_message_set_bulk (PursuitMailMessage *self, gboolean bulk);
/* calendar-data: the first text/calendar part or .ics attachment (at most
 * 256 KiB), NULL when none */
const char *pursuit_mail_message_get_calendar_data (PursuitMailMessage *self);
void pursuit_mail_message_set_calendar_data (PursuitMailMessage *self, const char *calendar_data);
/* outgoing: Pursuit sent it (a follow-up); never classified */
gboolean pursuit_mail_message_get_outgoing (PursuitMailMessage *self);
void pursuit_mail_message_set_outgoing (PursuitMailMessage *self, gboolean outgoing);

/* What the classifier found (pursuit_mail_classify) */
PursuitMailCategory pursuit_mail_message_get_category (PursuitMailMessage *self);
void pursuit_mail_message_set_category (PursuitMailMessage *self, PursuitMailCategory category);
/* confidence: 0.0 to 1.0 */
double pursuit_mail_message_get_confidence (PursuitMailMessage *self);
void pursuit_mail_message_set_confidence (PursuitMailMessage *self, double confidence);
/* classification-reason: short English for --json and debugging
 * ("ATS sender greenhouse.io; phrase 'decided to move forward with other candidates'") */
const char *pursuit_mail_message_get_classification_reason (PursuitMailMessage *self);
void pursuit_mail_message_set_classification_reason (PursuitMailMessage *self, const char *reason);
/* company, job-title: what the message says they are ("Acme",
 * "Backend Engineer"), NULL when it does not say */
const char *pursuit_mail_message_get_company (PursuitMailMessage *self);
void pursuit_mail_message_set_company (PursuitMailMessage *self, const char *company);
const char *pursuit_mail_message_get_job_title (PursuitMailMessage *self);
void pursuit_mail_message_set_job_title (PursuitMailMessage *self, const char *job_title);

/* What the matcher found (pursuit_mail_matcher_match) */
/* job-id: the job it is about, 0 for none */
gint64 pursuit_mail_message_get_job_id (PursuitMailMessage *self);
void pursuit_mail_message_set_job_id (PursuitMailMessage *self, gint64 job_id);
/* match-reason: short English ("same thread", "sender domain acme.com",
 * "Greenhouse board acme", "company and title in subject") */
const char *pursuit_mail_message_get_match_reason (PursuitMailMessage *self);
void pursuit_mail_message_set_match_reason (PursuitMailMessage *self, const char *match_reason);

/* The part of the address after the "@", lower case ("acme.com"), NULL
 * when there is none. */
const char *pursuit_mail_message_get_from_domain (PursuitMailMessage *self);

/* "https://mail.google.com/mail/u/?authuser=<email>#all/<thread-id>": the
 * thread in Gmail on the web (@email URI-escaped); NULL when either is NULL. */
char *pursuit_mail_web_url (const char *email,
                            const char *thread_id);

/* {"category", "confidence", "reason", "company", "job_title",
 * "matched_job_id" (null when 0), "match_reason", "subject", "from",
 * "received_at" (ISO 8601), "message_id"}: for `pursuit-cli classify-email --json`. */
JsonNode *pursuit_mail_message_to_json (PursuitMailMessage *self);

G_END_DECLS
