/* pursuit-interview-dialog-private.h: the interview dialog, for its own files
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-interview-dialog.h"

G_BEGIN_DECLS

struct _PursuitInterviewDialog
{
  AdwWindow         parent_instance;

  PursuitStore     *store;
  PursuitInterview *interview;    /* the one edited; NULL for a new one */
  gint64            job_id;
  GTimeZone        *time_zone;
  gboolean          twelve_hour;
  GPtrArray        *kind_keys;    /* (element-type utf8) per kind_row item */
  GArray           *job_ids;      /* gint64 per job_dropdown item */
  GArray           *other_offsets; /* reminders kept as they were */
  int               year, month, day;

  GtkButton        *save_button;
  GtkLabel         *error_label;
  AdwPreferencesGroup *job_group;
  GtkDropDown      *job_dropdown;
  AdwComboRow      *kind_row;
  GtkMenuButton    *date_button;
  GtkPopover       *date_popover;
  GtkCalendar      *calendar;
  AdwActionRow     *time_row;
  GtkSpinButton    *hour_spin;
  GtkSpinButton    *minute_spin;
  GtkDropDown      *ampm_dropdown;
  AdwActionRow     *duration_row;
  GtkSpinButton    *duration_spin;
  AdwEntryRow      *location_row;
  AdwEntryRow      *interviewer_row;
  AdwEntryRow      *email_row;
  GtkLabel         *email_error_label;
  GtkCheckButton   *remind_day_check;
  GtkCheckButton   *remind_hour_check;
  GtkCheckButton   *remind_quarter_check;
  GtkTextView      *notes_view;
};

/* The fields (pursuit-interview-dialog-fields.c) */
GDateTime        *_pursuit_interview_dialog_dup_start          (PursuitInterviewDialog *self);
void              _pursuit_interview_dialog_set_date           (PursuitInterviewDialog *self,
                                                                GDateTime              *date);
void              _pursuit_interview_dialog_update_date_label  (PursuitInterviewDialog *self);
gboolean          _pursuit_interview_dialog_update_end         (PursuitInterviewDialog *self);
gboolean          _pursuit_interview_dialog_update_email       (PursuitInterviewDialog *self,
                                                                gboolean                show_error);
void              _pursuit_interview_dialog_update_save        (PursuitInterviewDialog *self);
void              _pursuit_interview_dialog_fill_from_interview (PursuitInterviewDialog *self);
void              _pursuit_interview_dialog_fill_new           (PursuitInterviewDialog *self);
PursuitInterview *_pursuit_interview_dialog_build_interview    (PursuitInterviewDialog *self);

/* The job chooser and the kind row (pursuit-interview-dialog-choosers.c) */
void              _pursuit_interview_dialog_fill_kinds         (PursuitInterviewDialog *self,
                                                                const char             *extra);
void              _pursuit_interview_dialog_select_kind        (PursuitInterviewDialog *self,
                                                                const char             *key);
const char       *_pursuit_interview_dialog_guess_kind         (PursuitInterviewDialog *self);
void              _pursuit_interview_dialog_fill_jobs          (PursuitInterviewDialog *self);

G_END_DECLS
