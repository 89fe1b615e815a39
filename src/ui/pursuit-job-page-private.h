/* pursuit-job-page-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-job-section.h"

G_BEGIN_DECLS

/* Shared by the job page and its sections (notes, contacts, documents),
 * and borrowed by the other views that show jobs (inbox, recommended,
 * profile, practice) so that they look and read the same. */

AdwToast  *_pursuit_job_page_new_toast        (const char   *plain_title);
/* A plain-text toast with an Undo button, shown before others. */
AdwToast  *_pursuit_job_page_new_undo_toast   (const char   *plain_title);
char      *_pursuit_job_page_format_time      (gint64        unix_time);
char      *_pursuit_job_page_format_clock     (gint64        unix_time);
char      *_pursuit_job_page_format_day       (gint64        unix_time);
char      *_pursuit_job_page_format_relative  (gint64        unix_time);
char      *_pursuit_job_page_format_due       (gint64        unix_time);
gint64     _pursuit_job_page_parse_due        (const char   *text);
GtkWidget *_pursuit_job_page_new_row          (const char   *title,
                                               const char   *subtitle);
GtkWidget *_pursuit_job_page_new_label        (const char   *text,
                                               const char   *css_class);
GtkWidget *_pursuit_job_page_new_icon_button  (const char   *icon_name,
                                               const char   *label);
/* An icon button running @action_name on the record @id (an "x" target). */
GtkWidget *_pursuit_job_page_new_action_button (const char  *icon_name,
                                                const char  *label,
                                                const char  *action_name,
                                                gint64       id);
void       _pursuit_job_page_clear_list       (GtkListBox   *list);
void       _pursuit_job_page_set_placeholder  (GtkListBox   *list,
                                               const char   *text);
void       _pursuit_job_page_set_row_error    (GtkWidget    *row,
                                               gboolean      error);
char      *_pursuit_job_page_find_stage       (PursuitStore *store,
                                               const char   *category);

/* A small form shown in place, as a row of a list: a few rows of its own,
 * an error line, and Cancel and Save buttons. It opens at the top of the
 * list (to add) or after the row it edits, which it hides meanwhile. */
typedef struct
{
  GtkListBoxRow *row;
  GtkListBox    *rows;
  GtkLabel      *error_label;
  GtkButton     *save_button;
  GtkListBox    *list;
  GtkWidget     *edited_row;
  GtkWidget     *opener;
  /* Called when the form closes, by a button, a key or a call. */
  void         (*closed) (gpointer user_data);
  gpointer       closed_data;
} PursuitJobForm;

void         _pursuit_job_form_init       (PursuitJobForm     *form,
                                           GtkListBox         *list,
                                           const char         *accessible_label);
void         _pursuit_job_form_dispose    (PursuitJobForm     *form);
AdwEntryRow *_pursuit_job_form_add_entry  (PursuitJobForm     *form,
                                           const char         *title);
AdwComboRow *_pursuit_job_form_add_combo  (PursuitJobForm     *form,
                                           const char         *title,
                                           const char * const *items);
void         _pursuit_job_form_show_error (PursuitJobForm     *form,
                                           const char         *message);
void         _pursuit_job_form_open       (PursuitJobForm     *form,
                                           GtkWidget          *edited_row,
                                           const char         *save_label);
void         _pursuit_job_form_close      (PursuitJobForm     *form);
gboolean     _pursuit_job_form_is_open    (PursuitJobForm     *form);
void         _pursuit_job_form_detach     (PursuitJobForm     *form);
void         _pursuit_job_form_clear      (PursuitJobForm     *form);

/* For PursuitJobSection's subclasses. */

typedef gboolean (*PursuitJobSectionItemFunc) (PursuitStore  *store,
                                               gpointer       item,
                                               GError       **error);

PursuitJobForm *_pursuit_job_section_init_list            (PursuitJobSection *self,
                                                           GtkListBox        *list,
                                                           const char        *placeholder,
                                                           const char        *form_label);
PursuitJobForm *_pursuit_job_section_edit                 (PursuitJobSection *self,
                                                           gpointer           item);
gpointer        _pursuit_job_section_get_editing          (PursuitJobSection *self);
void            _pursuit_job_section_follow               (PursuitJobSection *self,
                                                           PursuitStore      *store,
                                                           const char        *signal_name);
void            _pursuit_job_section_queue_reload         (PursuitJobSection *self);
void            _pursuit_job_section_queue_reload_for_job (PursuitJobSection *self,
                                                           gint64             job_id);
void            _pursuit_job_section_add_toast            (PursuitJobSection *self,
                                                           AdwToast          *toast);
void            _pursuit_job_section_show_message         (PursuitJobSection *self,
                                                           const char        *plain_title);
void            _pursuit_job_section_remove_with_undo     (PursuitJobSection         *self,
                                                           gpointer                   item,
                                                           PursuitJobSectionItemFunc  remove,
                                                           PursuitJobSectionItemFunc  restore,
                                                           const char                *title);

G_END_DECLS
