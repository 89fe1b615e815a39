/* pursuit-timeline-event.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_TIMELINE_EVENT (pursuit_timeline_event_get_type ())

/* One entry of a job's timeline: creation, a stage change, an edit. */
G_DECLARE_FINAL_TYPE (PursuitTimelineEvent, pursuit_timeline_event, PURSUIT, TIMELINE_EVENT, GObject)

PursuitTimelineEvent *pursuit_timeline_event_new (void);

gint64 pursuit_timeline_event_get_id (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_id (PursuitTimelineEvent *self, gint64 id);
gint64 pursuit_timeline_event_get_job_id (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_job_id (PursuitTimelineEvent *self, gint64 job_id);
/* kind: "created", "stage-changed", "updated", "note", "interview" */
const char *pursuit_timeline_event_get_kind (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_kind (PursuitTimelineEvent *self, const char *kind);
const char *pursuit_timeline_event_get_from_stage (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_from_stage (PursuitTimelineEvent *self, const char *from_stage);
const char *pursuit_timeline_event_get_to_stage (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_to_stage (PursuitTimelineEvent *self, const char *to_stage);
const char *pursuit_timeline_event_get_detail (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_detail (PursuitTimelineEvent *self, const char *detail);
/* url: a link the event refers to (the sent message in Gmail on the web),
 * NULL for none */
const char *pursuit_timeline_event_get_url (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_url (PursuitTimelineEvent *self, const char *url);
gint64 pursuit_timeline_event_get_created_at (PursuitTimelineEvent *self);
void pursuit_timeline_event_set_created_at (PursuitTimelineEvent *self, gint64 created_at);

G_END_DECLS
