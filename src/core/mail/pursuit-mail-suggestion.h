/* pursuit-mail-suggestion.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"

G_BEGIN_DECLS

/**
 * PursuitSuggestionAction:
 * @PURSUIT_SUGGESTION_MOVE_STAGE: move the job to target-stage
 * @PURSUIT_SUGGESTION_CREATE_JOB: add a job (company, title) in
 *   target-stage (an application made outside Pursuit was confirmed)
 * @PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW: schedule an interview at
 *   interview-starts-at (which moves the stage as scheduling does)
 * @PURSUIT_SUGGESTION_RECORD: only record the message on the job's timeline
 *   (the job is already past what the message says)
 */
typedef enum
{
  PURSUIT_SUGGESTION_MOVE_STAGE,
  PURSUIT_SUGGESTION_CREATE_JOB,
  PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW,
  PURSUIT_SUGGESTION_RECORD,
} PursuitSuggestionAction;

/* "move-stage", "create-job", "schedule-interview", "record" */
const char              *pursuit_suggestion_action_to_string   (PursuitSuggestionAction action);
PursuitSuggestionAction  pursuit_suggestion_action_from_string (const char *string);

/* state: "pending" (waits for Accept or Dismiss; an accepted or applied
 * one that is undone comes back to it), "accepted" (by the user),
 * "applied" (automatically, above the user's threshold; Undo offered),
 * "dismissed" */
#define PURSUIT_SUGGESTION_PENDING   "pending"
#define PURSUIT_SUGGESTION_ACCEPTED  "accepted"
#define PURSUIT_SUGGESTION_APPLIED   "applied"
#define PURSUIT_SUGGESTION_DISMISSED "dismissed"

#define PURSUIT_TYPE_MAIL_SUGGESTION (pursuit_mail_suggestion_get_type ())

/* What Pursuit proposes to do about one message ("Acme: rejection: move
 * to Rejected?"). Made by pursuit_mail_triage(), kept by the store. */
G_DECLARE_FINAL_TYPE (PursuitMailSuggestion, pursuit_mail_suggestion, PURSUIT, MAIL_SUGGESTION, GObject)

PursuitMailSuggestion *pursuit_mail_suggestion_new (void);

gint64 pursuit_mail_suggestion_get_id (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_id (PursuitMailSuggestion *self, gint64 id);
/* message-id: the store's row id of the PursuitMailMessage */
gint64 pursuit_mail_suggestion_get_message_id (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_message_id (PursuitMailSuggestion *self, gint64 message_id);
/* job-id: the job it acts on; 0 for create-job until accepted, then the
 * new job's id */
gint64 pursuit_mail_suggestion_get_job_id (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_job_id (PursuitMailSuggestion *self, gint64 job_id);
PursuitMailCategory pursuit_mail_suggestion_get_category (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_category (PursuitMailSuggestion *self, PursuitMailCategory category);
double pursuit_mail_suggestion_get_confidence (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_confidence (PursuitMailSuggestion *self, double confidence);
PursuitSuggestionAction pursuit_mail_suggestion_get_action (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_action (PursuitMailSuggestion *self, PursuitSuggestionAction action);
/* target-stage: a stage category key (PURSUIT_STAGE_REJECTED, ...) for
 * move-stage and create-job, NULL otherwise */
const char *pursuit_mail_suggestion_get_target_stage (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_target_stage (PursuitMailSuggestion *self, const char *target_stage);
/* company, title: of the job to create; for the others, of the matched
 * job (filled in by the store when listing) */
const char *pursuit_mail_suggestion_get_company (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_company (PursuitMailSuggestion *self, const char *company);
const char *pursuit_mail_suggestion_get_title (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_title (PursuitMailSuggestion *self, const char *title);
/* The interview to schedule (schedule-interview): start (unix seconds),
 * minutes, location or link (may be NULL), kind ("phone", "video",
 * "onsite", "technical", ... as PursuitInterview) */
gint64 pursuit_mail_suggestion_get_interview_starts_at (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_interview_starts_at (PursuitMailSuggestion *self, gint64 starts_at);
int pursuit_mail_suggestion_get_interview_minutes (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_interview_minutes (PursuitMailSuggestion *self, int minutes);
const char *pursuit_mail_suggestion_get_interview_location (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_interview_location (PursuitMailSuggestion *self, const char *location);
const char *pursuit_mail_suggestion_get_interview_kind (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_interview_kind (PursuitMailSuggestion *self, const char *kind);
/* state: PURSUIT_SUGGESTION_PENDING, ... */
const char *pursuit_mail_suggestion_get_state (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_state (PursuitMailSuggestion *self, const char *state);
gint64 pursuit_mail_suggestion_get_created_at (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_created_at (PursuitMailSuggestion *self, gint64 created_at);
/* resolved-at: when it was accepted, applied, dismissed or undone; 0 while pending */
gint64 pursuit_mail_suggestion_get_resolved_at (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_resolved_at (PursuitMailSuggestion *self, gint64 resolved_at);

/* Filled in by the store when listing, from the message (read-only in the
 * database): for the Inbox panel's rows. */
const char *pursuit_mail_suggestion_get_subject (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_subject (PursuitMailSuggestion *self, const char *subject);
const char *pursuit_mail_suggestion_get_sender (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_sender (PursuitMailSuggestion *self, const char *sender);
const char *pursuit_mail_suggestion_get_snippet (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_snippet (PursuitMailSuggestion *self, const char *snippet);
gint64 pursuit_mail_suggestion_get_received_at (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_received_at (PursuitMailSuggestion *self, gint64 received_at);
/* web-url: the message in Gmail on the web, NULL for none */
const char *pursuit_mail_suggestion_get_web_url (PursuitMailSuggestion *self);
void pursuit_mail_suggestion_set_web_url (PursuitMailSuggestion *self, const char *web_url);

/* The question the Inbox panel asks, translated, plain text (never
 * markup): "Acme: rejection. Move to Rejected?", "Acme: interview
 * invitation. Schedule the interview on Tue 3 Mar, 14:00?", "Acme:
 * application received. Add the job?" @stage_label is the label of
 * target-stage on the user's board (NULL: the default label). */
char *pursuit_mail_suggestion_describe (PursuitMailSuggestion *self,
                                        const char            *stage_label);

/* {"id", "message_id", "job_id", "category", "confidence", "action",
 * "target_stage", "company", "title", "interview_starts_at", "state",
 * "subject", "sender"}: for --json. */
JsonNode *pursuit_mail_suggestion_to_json (PursuitMailSuggestion *self);

G_END_DECLS
