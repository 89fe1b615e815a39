/* pursuit-mail-classifier.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"

G_BEGIN_DECLS

/* Classifies @message (never an outgoing one): sets category, confidence
 * and classification-reason, and the company and job-title hints when the
 * message names them. Rules, not a trained model: weighted phrases in
 * English, German, French and Spanish over the subject and the body
 * (quoted replies and footers weigh less), the sender (applicant tracking
 * systems: Greenhouse, Lever, Workday, Ashby, SmartRecruiters, iCIMS,
 * Taleo, Personio, Recruitee, Teamtailor, Workable, BambooHR, JazzHR,
 * SuccessFactors, ...; job boards and their alerts; no-reply and
 * marketing senders), the bulk hint and an attached invitation. Job
 * alerts, newsletters and marketing are PURSUIT_MAIL_OTHER even when they
 * say "apply now". A rejection needs strong evidence: a wrong "rejected"
 * is the worst mistake, so doubtful ones get a low confidence or "other".
 * Thread-safe, no I/O. */
void        pursuit_mail_classify                (PursuitMailMessage *message);

/* The applicant tracking system that sent @message, from the sender,
 * Reply-To or links in the body ("greenhouse", "lever", "workday",
 * "ashby", "smartrecruiters", "icims", "taleo", ...), NULL for none. */
const char *pursuit_mail_detect_ats              (PursuitMailMessage *message);

/* The tenant of the ATS, usually the company's slug ("acme" from
 * boards.greenhouse.io/acme, jobs.lever.co/acme, acme.wd5.myworkdayjobs.com,
 * jobs.ashbyhq.com/acme, acme.icims.com, acme.taleo.net,
 * jobs.smartrecruiters.com/Acme), NULL for none. */
char       *pursuit_mail_detect_ats_tenant       (PursuitMailMessage *message);

G_END_DECLS
