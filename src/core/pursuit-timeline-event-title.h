/* pursuit-timeline-event-title.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"
#include "pursuit-timeline-event.h"

G_BEGIN_DECLS

/* What happened, in the words the job page's timeline uses, with stage
 * keys turned into @store's labels; shared so that the job report reads
 * the same. */
char *pursuit_timeline_event_dup_title (PursuitTimelineEvent *event,
                                        PursuitStore         *store);

G_END_DECLS
