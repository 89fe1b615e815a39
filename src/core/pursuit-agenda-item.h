/* pursuit-agenda-item.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PursuitAgendaKind:
 * @PURSUIT_AGENDA_INTERVIEW: a scheduled interview (has an end)
 * @PURSUIT_AGENDA_FOLLOW_UP: a pending follow-up, at its due time
 * @PURSUIT_AGENDA_REMINDER: a note of kind "reminder" that is not done
 * @PURSUIT_AGENDA_DEADLINE: a posting's application deadline (all day)
 */
typedef enum
{
  PURSUIT_AGENDA_INTERVIEW,
  PURSUIT_AGENDA_FOLLOW_UP,
  PURSUIT_AGENDA_REMINDER,
  PURSUIT_AGENDA_DEADLINE,
} PursuitAgendaKind;

#define PURSUIT_TYPE_AGENDA_ITEM (pursuit_agenda_item_get_type ())

/* One thing on the calendar: what it is, when, and which job it belongs
 * to. Read-only; the store builds them. */
G_DECLARE_FINAL_TYPE (PursuitAgendaItem, pursuit_agenda_item, PURSUIT, AGENDA_ITEM, GObject)

PursuitAgendaItem *pursuit_agenda_item_new (PursuitAgendaKind  kind,
                                            gint64             source_id,
                                            gint64             job_id);

PursuitAgendaKind pursuit_agenda_item_get_kind      (PursuitAgendaItem *self);
/* The interview, follow-up or note id; the job id for a deadline. */
gint64            pursuit_agenda_item_get_source_id (PursuitAgendaItem *self);
gint64            pursuit_agenda_item_get_job_id    (PursuitAgendaItem *self);
/* What it is, in the user's words or ours: the interview kind ("technical"),
 * the follow-up sequence's step name, the note body, "" for a deadline. */
const char       *pursuit_agenda_item_get_summary   (PursuitAgendaItem *self);
const char       *pursuit_agenda_item_get_job_title (PursuitAgendaItem *self);
const char       *pursuit_agenda_item_get_company   (PursuitAgendaItem *self);
/* Interview location or video link; NULL otherwise. */
const char       *pursuit_agenda_item_get_location  (PursuitAgendaItem *self);
/* Unix seconds. A deadline starts at local midnight of its date and ends
 * 24 hours of wall-clock time later (see all-day); others have ends_at ==
 * starts_at except interviews. */
gint64            pursuit_agenda_item_get_starts_at (PursuitAgendaItem *self);
gint64            pursuit_agenda_item_get_ends_at   (PursuitAgendaItem *self);
gboolean          pursuit_agenda_item_get_all_day   (PursuitAgendaItem *self);
/* The deadline's date as written ("2026-12-01"); NULL for other kinds. */
const char       *pursuit_agenda_item_get_date      (PursuitAgendaItem *self);

void pursuit_agenda_item_set_summary   (PursuitAgendaItem *self, const char *summary);
void pursuit_agenda_item_set_job_title (PursuitAgendaItem *self, const char *job_title);
void pursuit_agenda_item_set_company   (PursuitAgendaItem *self, const char *company);
void pursuit_agenda_item_set_location  (PursuitAgendaItem *self, const char *location);
void pursuit_agenda_item_set_times     (PursuitAgendaItem *self,
                                        gint64             starts_at,
                                        gint64             ends_at,
                                        gboolean           all_day);
void pursuit_agenda_item_set_date      (PursuitAgendaItem *self, const char *date);

/* Sorts by start, then kind, then source id (a GCompareFunc for
 * g_ptr_array_sort over PursuitAgendaItem **). */
int  pursuit_agenda_item_compare       (gconstpointer a,
                                        gconstpointer b);

G_END_DECLS
