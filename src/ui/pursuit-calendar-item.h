/* pursuit-calendar-item.h: how the calendar shows an agenda item
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-agenda-item.h"

G_BEGIN_DECLS

/* "Interview", "Follow-up", "Reminder", "Deadline". */
const char *pursuit_calendar_item_kind_name  (PursuitAgendaKind  kind);
/* The style class of a kind: "interview", "follow-up", "reminder",
 * "deadline" (ui/style.css colours them). */
const char *pursuit_calendar_item_css_class  (PursuitAgendaKind  kind);
/* "14:00", or "All day" for a deadline. */
char       *pursuit_calendar_item_time_text  (PursuitAgendaItem *item,
                                              GTimeZone         *time_zone);
/* What a screen reader says: "Interview, Acme, Backend Engineer, 14:00". */
char       *pursuit_calendar_item_describe   (PursuitAgendaItem *item,
                                              GTimeZone         *time_zone);
/* The second line of an item: the interview kind or the note, translated
 * where it is ours; NULL when there is nothing more to say. */
char       *pursuit_calendar_item_detail     (PursuitAgendaItem *item);

/* A flat button that opens the item's job ("win.show-job"). */
GtkWidget  *pursuit_calendar_item_button_new (PursuitAgendaItem *item,
                                              GTimeZone         *time_zone);
/* A small label for a month cell: "14:00 Acme" in the kind's colour. */
GtkWidget  *pursuit_calendar_item_chip_new   (PursuitAgendaItem *item,
                                              GTimeZone         *time_zone);
/* An empty popover on @parent, kept for the parent's life: the parent
 * presents it in size_allocate and unparents it in dispose. (A popover
 * unparented while GTK 4.8 still tracks the pointer in its surface
 * crashes it, so day popovers are reused, never thrown away.) */
GtkWidget  *pursuit_calendar_day_popover_new  (GtkWidget         *parent);
/* Fills @popover with @items (PursuitAgendaItem) of @date, as buttons
 * opening their jobs, and pops it up. */
void        pursuit_calendar_day_popover_show (GtkWidget         *popover,
                                               const GDate       *date,
                                               GPtrArray         *items,
                                               GTimeZone         *time_zone);
/* The accessible name of a day: "Monday 23 November, 2 items". */
char       *pursuit_calendar_describe_day    (const GDate       *date,
                                              guint              n_items);

G_END_DECLS
