/* pursuit-profile-view-versions.c: the Profile page's CV versions, with
 * Activate, Rename and Remove (with Undo).
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-profile-view-private.h"

static const char *
format_label (PursuitCvFormat format)
{
  switch (format)
    {
    case PURSUIT_CV_FORMAT_PDF:
      return _("PDF");
    case PURSUIT_CV_FORMAT_DOCX:
      return _("Word document");
    case PURSUIT_CV_FORMAT_JSON_RESUME:
      return _("JSON Resume");
    case PURSUIT_CV_FORMAT_TEXT:
    default:
      return _("Text");
    }
}

/* "PDF · 24 skills · imported 12 March 2026" */
static char *
describe_cv (PursuitCv *cv)
{
  guint n_skills = pursuit_profile_get_n_skills (pursuit_cv_get_profile (cv));
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (pursuit_cv_get_created_at (cv));
  g_autofree char *skills = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skill", "%u skills", n_skills),
                                             n_skills);
  g_autofree char *day = created != NULL ? g_date_time_format (created, _("%-d %B %Y")) : NULL;

  if (day == NULL)
    return g_strdup_printf ("%s · %s", format_label (pursuit_cv_get_format (cv)), skills);

  /* TRANSLATORS: a CV's format, its number of skills ("24 skills") and the day it was imported */
  return g_strdup_printf (_("%s · %s · imported %s"), format_label (pursuit_cv_get_format (cv)), skills, day);
}

static GtkWidget *
create_version_row (PursuitCv *cv)
{
  gint64 id = pursuit_cv_get_id (cv);
  g_autofree char *subtitle = describe_cv (cv);
  g_autofree char *rename_label = NULL;
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_cv_get_title (cv));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (row), "cv-id", GSIZE_TO_POINTER ((gsize) id));

  if (pursuit_cv_get_active (cv))
    {
      GtkWidget *active = gtk_label_new (_("Active"));

      gtk_widget_set_valign (active, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (active, "accent");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), active);
    }
  else
    {
      g_autofree char *activate_label = NULL;
      GtkWidget *activate = gtk_button_new_with_mnemonic (_("_Activate"));
      /* Keeps the titles in line with the active one's. */
      GtkWidget *spacer = g_object_new (GTK_TYPE_IMAGE,
                                        "pixel-size", 16,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), spacer);

      /* TRANSLATORS: %s is the title of a CV */
      activate_label = g_strdup_printf (_("Activate %s"), pursuit_cv_get_title (cv));
      gtk_widget_set_valign (activate, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (activate), GTK_ACCESSIBLE_PROPERTY_LABEL, activate_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (activate), "profile.activate");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (activate), g_variant_new_int64 (id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), activate);
    }

  /* TRANSLATORS: %s is the title of a CV */
  rename_label = g_strdup_printf (_("Rename %s"), pursuit_cv_get_title (cv));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             _pursuit_job_page_new_action_button ("document-edit-symbolic", rename_label, "profile.rename", id));
  /* TRANSLATORS: %s is the title of a CV */
  remove_label = g_strdup_printf (_("Remove %s"), pursuit_cv_get_title (cv));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             _pursuit_job_page_new_action_button ("user-trash-symbolic", remove_label, "profile.remove", id));

  return row;
}

void
_pursuit_profile_view_show_versions (PursuitProfileView *self,
                                     GPtrArray          *cvs)
{
  _pursuit_job_page_clear_list (self->versions_list);
  for (guint i = 0; i < cvs->len; i++)
    gtk_list_box_append (self->versions_list, create_version_row (g_ptr_array_index (cvs, i)));
}

/* Actions */

void
_pursuit_profile_view_activate_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  PursuitProfileView *self = PURSUIT_PROFILE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  pursuit_profile_view_flush (self);
  if (!pursuit_store_set_active_cv (self->store, g_variant_get_int64 (parameter), &error))
    _pursuit_profile_view_show_message (self, error->message);

  pursuit_profile_view_reload (self);
}

static void
on_rename_response_cb (AdwMessageDialog   *dialog,
                       const char         *response,
                       PursuitProfileView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "cv-id"));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || g_strcmp0 (response, "rename") != 0 || *title == '\0')
    return;

  if (!pursuit_store_rename_cv (self->store, id, title, &error))
    _pursuit_profile_view_show_message (self, error->message);

  pursuit_profile_view_reload (self);
}

static void
on_rename_entry_changed_cb (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *title != '\0');
}

static void
on_rename_entry_activate_cb (GtkEntry         *entry,
                             AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    adw_message_dialog_response (dialog, "rename");
}

void
_pursuit_profile_view_rename_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  PursuitProfileView *self = PURSUIT_PROFILE_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(PursuitCv) cv = pursuit_store_get_cv (self->store, id, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog, *entry;

  if (cv == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Rename CV"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), pursuit_cv_get_title (cv));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_rename_entry_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_rename_entry_activate_cb), dialog, 0);

  g_object_set_data (G_OBJECT (dialog), "cv-id", GSIZE_TO_POINTER ((gsize) id));
  /* The dialog may outlive the view: the view's going disconnects it. */
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_remove_cv_cb (PursuitProfileView *self,
                      AdwToast           *toast)
{
  PursuitCv *cv = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  /* Back as a new version, active again if it was. */
  pursuit_cv_set_id (cv, 0);
  if (pursuit_store_add_cv (self->store, cv, pursuit_cv_get_active (cv), &error) <= 0)
    _pursuit_profile_view_show_message (self, error != NULL ? error->message : _("The CV could not be restored"));

  pursuit_profile_view_reload (self);
}

void
_pursuit_profile_view_remove_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  PursuitProfileView *self = PURSUIT_PROFILE_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  pursuit_profile_view_flush (self);
  cv = pursuit_store_get_cv (self->store, id, &error);
  if (cv == NULL || !pursuit_store_remove_cv (self->store, id, &error))
    {
      _pursuit_profile_view_show_message (self, error != NULL ? error->message : _("The CV could not be removed"));
      pursuit_profile_view_reload (self);
      return;
    }

  pursuit_profile_view_reload (self);

  /* TRANSLATORS: %s is the title of a CV */
  title = g_strdup_printf (_("“%s” removed"), pursuit_cv_get_title (cv));
  toast = _pursuit_job_page_new_undo_toast (title);
  g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", g_steal_pointer (&cv), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cv_cb), self, G_CONNECT_SWAPPED);
  _pursuit_profile_view_add_toast (self, toast);
}
