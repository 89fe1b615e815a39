/* pursuit-cover-letter.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job.h"
#include "pursuit-match-result.h"
#include "pursuit-profile.h"

G_BEGIN_DECLS

/* A local cover letter draft (no AI): salutation, why this job (title,
 * company), the user's matching skills and years, a transferable skill
 * framed honestly, a closing; in the user's language. @match may be NULL.
 * Never fails. */
char *pursuit_cover_letter_draft (PursuitJob         *job,
                                  PursuitProfile     *profile,
                                  PursuitMatchResult *match);

G_END_DECLS
