/* pursuit-calendar-agenda-list.h: a list of the days that have something on
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-calendar-span.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_AGENDA_LIST (pursuit_calendar_agenda_list_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCalendarAgendaList, pursuit_calendar_agenda_list, PURSUIT, CALENDAR_AGENDA_LIST, GtkWidget)

GtkWidget  *pursuit_calendar_agenda_list_new        (void);
/* Lists @span's days with items: a heading per day, then its items.
 * @period names the span for the empty page ("November 2026"). */
void        pursuit_calendar_agenda_list_set_span   (PursuitCalendarAgendaList *self,
                                                PursuitCalendarSpan   *span,
                                                const GDate           *today,
                                                const char            *period);
/* Returns: (transfer none): the rows: a GtkStringObject per day heading
 * (its day in the "pursuit-date" data as a GDate Julian day), a
 * PursuitAgendaItem per item */
GListModel *pursuit_calendar_agenda_list_get_model  (PursuitCalendarAgendaList *self);
/* Returns: (transfer none): the list */
GtkWidget  *pursuit_calendar_agenda_list_get_list   (PursuitCalendarAgendaList *self);
/* Scrolls to @date's heading, or the first one after it; FALSE when
 * nothing is on or after @date. */
gboolean    pursuit_calendar_agenda_list_focus_date (PursuitCalendarAgendaList *self,
                                                const GDate           *date);

G_END_DECLS
