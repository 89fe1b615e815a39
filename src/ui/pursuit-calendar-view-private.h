/* pursuit-calendar-view-private.h: the Calendar page, for its own files
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-agenda-list.h"
#include "pursuit-calendar-month-grid.h"
#include "pursuit-calendar-view.h"
#include "pursuit-calendar-week-grid.h"

G_BEGIN_DECLS

struct _PursuitCalendarView
{
  GtkWidget             parent_instance;

  PursuitStore         *store;
  gulong                schedule_changed_id;
  GSettings            *settings;
  GTimeZone            *time_zone;
  GCancellable         *cancellable;

  PursuitCalendarMode   mode;
  GDate                 focus;
  GDate                 shown_today;
  int                   first_weekday;
  char                 *title;
  gboolean              dirty;
  guint                 reload_id;
  guint                 midnight_id;
  GtkFileChooserNative *export_chooser;

  GtkWidget            *toolbar;
  AdwSqueezer          *title_squeezer;
  GtkLabel             *title_label;
  GtkLabel             *short_title_label;
  GtkWidget            *no_title;
  GtkLabel             *narrow_title_label;
  GtkStack             *stack;
  PursuitCalendarMonthGrid *month;
  PursuitCalendarWeekGrid  *week;
  PursuitCalendarAgendaList *agenda;
};

/* Focuses @date, turning the page when it is not on this one. */
void _pursuit_calendar_view_move_to              (PursuitCalendarView *self,
                                                  const GDate         *date,
                                                  gboolean             grab_focus);
/* Asks the window for a toast (PursuitCalendarView::add-toast). */
void _pursuit_calendar_view_add_toast            (PursuitCalendarView *self,
                                                  const char          *title);
/* The calendar.* actions and their keys (pursuit-calendar-view-actions.c). */
void _pursuit_calendar_view_class_actions_init   (GtkWidgetClass      *widget_class);

G_END_DECLS
