/* pursuit-calendar-event-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-event.h"
#include "pursuit-follow-up.h"
#include "pursuit-job.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* A follow-up's message with its placeholders filled as the job page
 * fills them, NULL without a template: the description of its event in a
 * synced calendar and in an exported file alike. */
char *_pursuit_calendar_event_follow_up_message (PursuitStore    *store,
                                                 PursuitFollowUp *follow_up,
                                                 PursuitJob      *job);

G_END_DECLS
