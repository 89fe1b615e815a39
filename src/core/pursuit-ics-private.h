/* pursuit-ics-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "pursuit-ics.h"

G_BEGIN_DECLS

/* Our own properties, so that an exported interview comes back as it was. */
#define PURSUIT_ICS_X_KIND        "X-PURSUIT-KIND"
#define PURSUIT_ICS_X_INTERVIEWER "X-PURSUIT-INTERVIEWER"
#define PURSUIT_ICS_X_EMAIL       "X-PURSUIT-INTERVIEWER-EMAIL"
#define PURSUIT_ICS_X_NOTES       "X-PURSUIT-NOTES"
#define PURSUIT_ICS_X_REMINDERS   "X-PURSUIT-REMINDERS"
/* Marks an exported follow-up, which is no interview to import. */
#define PURSUIT_ICS_X_ITEM        "X-PURSUIT-ITEM"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* Makes libical report errors instead of aborting; call before using it. */
void _pursuit_ics_ensure_libical (void);

G_END_DECLS
