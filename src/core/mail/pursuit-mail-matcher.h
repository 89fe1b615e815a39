/* pursuit-mail-matcher.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_MAIL_MATCHER (pursuit_mail_matcher_get_type ())

/* Finds the job a message is about. Made once per sync from the store's
 * jobs (open ones, and closed ones changed in the last 90 days): their
 * company names (normalised: case, accents, "Inc", "GmbH", "Ltd", "SA",
 * ... dropped), the domains of their posting and apply URLs and of their
 * contacts' addresses, their ATS tenants (from those URLs), and their
 * titles. In order of trust: a known thread (another message of the same
 * Gmail thread or References chain already matched, asked of the store),
 * the sender or Reply-To domain (subdomains included; free-mail and ATS
 * domains do not count), the ATS tenant, the company named in the From
 * name, subject or body (word boundaries), then the title to choose among
 * several jobs at one company. Ties are left unmatched rather than
 * guessed. */
G_DECLARE_FINAL_TYPE (PursuitMailMatcher, pursuit_mail_matcher, PURSUIT, MAIL_MATCHER, GObject)

PursuitMailMatcher *pursuit_mail_matcher_new   (PursuitStore       *store,
                                                GError            **error);
/* Sets job-id and match-reason of @message (job-id 0 when nothing
 * matches) and returns the job id; @out_score (0.0 to 1.0) may be NULL. */
gint64              pursuit_mail_matcher_match (PursuitMailMatcher *self,
                                                PursuitMailMessage *message,
                                                double             *out_score);

/* The company's name made comparable: lower case, accents removed,
 * punctuation to spaces, legal forms dropped ("ACME Robotics GmbH" →
 * "acme robotics"). */
char               *pursuit_mail_normalize_company (const char     *name);

/* The applicant tracking system and tenant of a job's posting or apply
 * URL: boards.greenhouse.io/<t>, job-boards.greenhouse.io/<t>,
 * jobs.lever.co/<t>, <t>.wd<N>.myworkdayjobs.com, jobs.ashbyhq.com/<t>,
 * jobs.smartrecruiters.com/<t>, <t>.icims.com, <t>.taleo.net,
 * <t>.jobs.personio.de, <t>.recruitee.com, <t>.teamtailor.com,
 * apply.workable.com/<t>, ... Returns the tenant in lower case ("acme")
 * and sets @out_ats ("greenhouse", "lever", "workday", ...; may be NULL);
 * NULL when @url is not on a known ATS. */
char               *pursuit_mail_ats_tenant_from_url (const char   *url,
                                                      const char  **out_ats);

G_END_DECLS
