/* pursuit-calendar-span.h: the days a calendar page shows and their items
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-agenda-item.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_SPAN (pursuit_calendar_span_get_type ())

/* A run of calendar days in a time zone, each with the agenda items that
 * start on it. Day boundaries are local midnights, so a day across a DST
 * change lasts 23 or 25 hours. Immutable once filled; shared by
 * reference between the calendar view and its pages. */
typedef struct _PursuitCalendarSpan PursuitCalendarSpan;

GType                pursuit_calendar_span_get_type      (void) G_GNUC_CONST;
PursuitCalendarSpan *pursuit_calendar_span_new           (GTimeZone           *time_zone,
                                                          const GDate         *first,
                                                          guint                n_days);
PursuitCalendarSpan *pursuit_calendar_span_ref           (PursuitCalendarSpan *self);
void                 pursuit_calendar_span_unref         (PursuitCalendarSpan *self);

/* Sorts @items (PursuitAgendaItem) into the days they start on; an item
 * that started before the first day but is still running goes to the
 * first day; items outside the span are dropped. */
void                 pursuit_calendar_span_add_items     (PursuitCalendarSpan *self,
                                                          GPtrArray           *items);

guint                pursuit_calendar_span_get_n_days    (PursuitCalendarSpan *self);
GTimeZone           *pursuit_calendar_span_get_time_zone (PursuitCalendarSpan *self);
void                 pursuit_calendar_span_get_date      (PursuitCalendarSpan *self,
                                                          guint                day,
                                                          GDate               *date);
/* Unix time of local midnight starting @day; @day == n-days gives the end
 * of the span. */
gint64               pursuit_calendar_span_get_day_start (PursuitCalendarSpan *self,
                                                          guint                day);
/* The day @unix_time falls on, or -1 outside the span. */
int                  pursuit_calendar_span_find_day      (PursuitCalendarSpan *self,
                                                          gint64               unix_time);
/* The day of @date, or -1 outside the span. */
int                  pursuit_calendar_span_find_date     (PursuitCalendarSpan *self,
                                                          const GDate         *date);
/* Returns: (transfer none) (element-type PursuitAgendaItem): the items
 * of @day, in start order. */
GPtrArray           *pursuit_calendar_span_get_items     (PursuitCalendarSpan *self,
                                                          guint                day);
guint                pursuit_calendar_span_get_n_items   (PursuitCalendarSpan *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCalendarSpan, pursuit_calendar_span_unref)

G_END_DECLS
