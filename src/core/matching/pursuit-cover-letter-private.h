/* pursuit-cover-letter-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-cover-letter.h"

G_BEGIN_DECLS

/* What the quick draft shares with the document templates
 * (pursuit-document-template.c), so both name the same skills. */

/* Whether @names has @name, ignoring ASCII case. */
gboolean                 _pursuit_cover_letter_has_name           (GPtrArray          *names,
                                                                   const char         *name);
/* The job's skills the user has, required first, from the gap analysis;
 * without one, the skills the posting's text names that the profile has.
 * No empty names and no repeats; at most @max_names of them. */
GPtrArray               *_pursuit_cover_letter_collect_skills     (PursuitJob         *job,
                                                                   PursuitProfile     *profile,
                                                                   PursuitMatchResult *match,
                                                                   guint               max_names);
/* The most relevant transferable skill, required ones first; NULL when
 * there is none (or no @match). */
const PursuitSkillMatch *_pursuit_cover_letter_find_transferable  (PursuitMatchResult *match);

G_END_DECLS
