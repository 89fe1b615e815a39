/* pursuit-profile-view-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job-page-private.h"
#include "pursuit-profile-view.h"

G_BEGIN_DECLS

/* Shared by pursuit-profile-view.c and its parts: the versions
 * (pursuit-profile-view-versions.c) and the skills
 * (pursuit-profile-view-skills.c). */

struct _PursuitProfileView
{
  AdwBin                parent_instance;

  PursuitStore         *store;
  PursuitSkillTaxonomy *taxonomy;
  /* The active CV and its profile as edited; NULL without a CV. */
  PursuitCv            *cv;
  PursuitProfile       *profile;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  guint                 save_source;
  guint                 reload_source;
  gboolean              busy;
  /* Set while the code, not the user, changes widgets. */
  gboolean              updating;
  /* Set while this view writes the profile, so its own change is not
   * read back. */
  gboolean              saving;
  /* The category groups of skills this view added to skills_box. */
  GPtrArray            *skill_groups;

  GtkStack             *stack;
  GtkSpinner           *empty_spinner;
  GtkSpinner           *versions_spinner;
  GtkListBox           *versions_list;
  AdwEntryRow          *name_row;
  AdwEntryRow          *headline_row;
  GtkSpinButton        *years_spin;
  AdwComboRow          *education_row;
  AdwEntryRow          *languages_row;
  GtkBox               *skills_box;
  AdwPreferencesGroup  *skills_group;
  GtkEntry             *add_skill_entry;
  GtkSpinButton        *salary_spin;
  GtkEntry             *currency_entry;
  AdwEntryRow          *places_row;
  AdwComboRow          *remote_row;
};

void      _pursuit_profile_view_add_toast      (PursuitProfileView *self,
                                                AdwToast           *toast);
void      _pursuit_profile_view_show_message   (PursuitProfileView *self,
                                                const char         *plain_text);
/* Saves the profile half a second after the last call. */
void      _pursuit_profile_view_queue_save     (PursuitProfileView *self);

/* pursuit-profile-view-versions.c */
void      _pursuit_profile_view_show_versions  (PursuitProfileView *self,
                                                GPtrArray          *cvs);
void      _pursuit_profile_view_activate_action (GtkWidget         *widget,
                                                 const char        *action_name,
                                                 GVariant          *parameter);
void      _pursuit_profile_view_rename_action  (GtkWidget          *widget,
                                                const char         *action_name,
                                                GVariant           *parameter);
void      _pursuit_profile_view_remove_action  (GtkWidget          *widget,
                                                const char         *action_name,
                                                GVariant           *parameter);

/* pursuit-profile-view-skills.c */
void      _pursuit_profile_view_init_skills    (PursuitProfileView *self);
void      _pursuit_profile_view_show_skills    (PursuitProfileView *self);
void      _pursuit_profile_view_add_skill      (PursuitProfileView *self);
void      _pursuit_profile_view_remove_skill   (PursuitProfileView *self,
                                                const char         *name);

G_END_DECLS
