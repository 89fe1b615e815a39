/* pursuit-profile-view-skills.c: the Profile page's skills, one group per
 * category, each with a level and a remove button; adding a skill with
 * completion from the taxonomy.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-profile-view-private.h"

/* A skill the user adds without saying how well they know it. */
#define DEFAULT_LEVEL PURSUIT_SKILL_LEVEL_INTERMEDIATE
/* Skills the taxonomy does not know. */
#define OTHER_CATEGORY ""

static const char *
level_label (PursuitSkillLevel level)
{
  if (level == PURSUIT_SKILL_LEVEL_NONE)
    return _("Not Set");

  return pursuit_skill_level_get_label (level);
}

static const char *
skill_category (PursuitProfileView *self,
                const char         *name)
{
  int index = pursuit_skill_taxonomy_lookup (self->taxonomy, name);

  return index >= 0 ? pursuit_skill_taxonomy_get_category (self->taxonomy, index) : OTHER_CATEGORY;
}

/* The taxonomy's spelling of @name, or @name as typed. */
static const char *
canonical_name (PursuitProfileView *self,
                const char         *name)
{
  int index = pursuit_skill_taxonomy_lookup (self->taxonomy, name);

  return index >= 0 ? pursuit_skill_taxonomy_get_name (self->taxonomy, index) : name;
}

static void
on_level_selected_cb (PursuitProfileView *self,
                      GParamSpec         *pspec,
                      AdwComboRow        *row)
{
  const char *name = g_object_get_data (G_OBJECT (row), "skill-name");
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->profile == NULL || selected > PURSUIT_SKILL_LEVEL_EXPERT)
    return;

  pursuit_profile_set_skill (self->profile, name, (PursuitSkillLevel) selected);
  _pursuit_profile_view_queue_save (self);
}

/* A combo row: the skill as its title, the level as its value. */
static GtkWidget *
create_skill_row (PursuitProfileView *self,
                  const char         *name,
                  PursuitSkillLevel   level)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autofree char *remove_name = NULL;
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *remove;

  /* Skill names come from the CV or the user: not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);

  for (PursuitSkillLevel i = PURSUIT_SKILL_LEVEL_NONE; i <= PURSUIT_SKILL_LEVEL_EXPERT; i++)
    gtk_string_list_append (levels, level_label (i));

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (levels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), level);
  g_object_set_data_full (G_OBJECT (row), "skill-name", g_strdup (name), g_free);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_level_selected_cb),
                           self, G_CONNECT_SWAPPED);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* TRANSLATORS: %s is a skill, such as "Rust" */
  remove_name = g_strdup_printf (_("Remove %s"), name);
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "profile.remove-skill");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_string (name));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static AdwPreferencesGroup *
add_group (PursuitProfileView *self,
           const char         *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->skills_box, group);
  g_ptr_array_add (self->skill_groups, group);

  return ADW_PREFERENCES_GROUP (group);
}

/* One group per category in the taxonomy's order, then the skills it does
 * not know; within a group, the profile's order. */
void
_pursuit_profile_view_show_skills (PursuitProfileView *self)
{
  GPtrArray *categories;
  guint n_skills;
  g_autofree gboolean *shown = NULL;
  AdwPreferencesGroup *other = NULL;

  for (guint i = 0; i < self->skill_groups->len; i++)
    gtk_box_remove (self->skills_box, g_ptr_array_index (self->skill_groups, i));
  g_ptr_array_set_size (self->skill_groups, 0);

  if (self->profile == NULL)
    return;

  self->updating = TRUE;

  n_skills = pursuit_profile_get_n_skills (self->profile);
  shown = g_new0 (gboolean, MAX (n_skills, 1));
  categories = pursuit_skill_taxonomy_list_categories (self->taxonomy);

  for (guint c = 0; categories != NULL && c < categories->len; c++)
    {
      const char *category = g_ptr_array_index (categories, c);
      AdwPreferencesGroup *group = NULL;

      for (guint i = 0; i < n_skills; i++)
        {
          PursuitSkillLevel level;
          const char *name = pursuit_profile_get_skill (self->profile, i, &level);

          if (shown[i] || g_strcmp0 (skill_category (self, name), category) != 0)
            continue;

          if (group == NULL)
            group = add_group (self, pursuit_skill_taxonomy_get_category_label (self->taxonomy, category));
          adw_preferences_group_add (group, create_skill_row (self, name, level));
          shown[i] = TRUE;
        }
    }

  for (guint i = 0; i < n_skills; i++)
    {
      PursuitSkillLevel level;
      const char *name = pursuit_profile_get_skill (self->profile, i, &level);

      if (shown[i])
        continue;

      if (other == NULL)
        other = add_group (self, _("Other Skills"));
      adw_preferences_group_add (other, create_skill_row (self, name, level));
    }

  if (n_skills == 0)
    adw_preferences_group_set_description (self->skills_group,
                                           _("No skills were found in this CV: add the ones you have"));
  else
    adw_preferences_group_set_description (self->skills_group,
                                           _("Set your level for each skill: it is compared with the level a job asks for"));

  self->updating = FALSE;
}

void
_pursuit_profile_view_add_skill (PursuitProfileView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_skill_entry))));
  const char *name;

  if (self->profile == NULL || *text == '\0')
    return;

  name = canonical_name (self, text);
  if (pursuit_profile_get_skill_level (self->profile, name) == PURSUIT_SKILL_LEVEL_NONE)
    {
      gboolean known = FALSE;

      /* A skill listed without a level is still listed. */
      for (guint i = 0; i < pursuit_profile_get_n_skills (self->profile); i++)
        known |= g_ascii_strcasecmp (pursuit_profile_get_skill (self->profile, i, NULL), name) == 0;

      if (!known)
        pursuit_profile_set_skill (self->profile, name, DEFAULT_LEVEL);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->add_skill_entry), "");
  _pursuit_profile_view_show_skills (self);
  _pursuit_profile_view_queue_save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_skill_entry));
}

static void
on_undo_remove_skill_cb (PursuitProfileView *self,
                         AdwToast           *toast)
{
  const char *name = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  PursuitSkillLevel level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "pursuit-undo-level"));

  if (self->profile == NULL)
    return;

  pursuit_profile_set_skill (self->profile, name, level);
  _pursuit_profile_view_show_skills (self);
  _pursuit_profile_view_queue_save (self);
}

void
_pursuit_profile_view_remove_skill (PursuitProfileView *self,
                                    const char         *name)
{
  g_autofree char *title = NULL;
  PursuitSkillLevel level;
  AdwToast *toast;

  if (self->profile == NULL)
    return;

  level = pursuit_profile_get_skill_level (self->profile, name);
  if (!pursuit_profile_remove_skill (self->profile, name))
    return;

  _pursuit_profile_view_show_skills (self);
  _pursuit_profile_view_queue_save (self);

  /* TRANSLATORS: %s is a skill, such as "Rust" */
  title = g_strdup_printf (_("“%s” removed"), name);
  toast = _pursuit_job_page_new_undo_toast (title);
  g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", g_strdup (name), g_free);
  g_object_set_data (G_OBJECT (toast), "pursuit-undo-level", GINT_TO_POINTER (level));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_skill_cb), self, G_CONNECT_SWAPPED);
  _pursuit_profile_view_add_toast (self, toast);
}

/* Completion of the skills the taxonomy knows; case-insensitive on the
 * beginning of the name. */
void
_pursuit_profile_view_init_skills (PursuitProfileView *self)
{
  g_autoptr(GtkListStore) names = gtk_list_store_new (1, G_TYPE_STRING);
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();
  guint n = pursuit_skill_taxonomy_get_n_skills (self->taxonomy);

  for (guint i = 0; i < n; i++)
    gtk_list_store_insert_with_values (names, NULL, -1, 0, pursuit_skill_taxonomy_get_name (self->taxonomy, i), -1);

  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (names));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_completion_set_inline_selection (completion, TRUE);
  gtk_entry_set_completion (self->add_skill_entry, completion);
}
