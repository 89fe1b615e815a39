/* pursuit-profile-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-profile"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pursuit-profile-view-private.h"

/* Edits are saved this long after the last one, so typing a name does
 * not re-score every job per keystroke. */
#define SAVE_DELAY_MS 500

G_DEFINE_FINAL_TYPE (PursuitProfileView, pursuit_profile_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_pursuit_profile_view_add_toast (PursuitProfileView *self,
                                 AdwToast           *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

/* File names, skills and the reader's messages are plain text. */
void
_pursuit_profile_view_show_message (PursuitProfileView *self,
                                    const char         *plain_text)
{
  _pursuit_profile_view_add_toast (self, _pursuit_job_page_new_toast (plain_text));
}

static void
set_busy (PursuitProfileView *self,
          gboolean            busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->empty_spinner), busy);
  gtk_spinner_set_spinning (self->empty_spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->versions_spinner), busy);
  gtk_spinner_set_spinning (self->versions_spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.import", !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Comma-separated lists ("English, German") */

static char *
join_list (const char * const *items)
{
  if (items == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (char **) items);
}

static GStrv
split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

/* Saving */

static gboolean
save_now (PursuitProfileView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store == NULL || self->profile == NULL)
    return TRUE;

  self->saving = TRUE;
  saved = pursuit_store_update_profile (self->store, self->profile, &error);
  self->saving = FALSE;

  if (!saved)
    {
      g_autofree char *text = NULL;

      g_warning ("Could not save the profile: %s", error->message);
      /* TRANSLATORS: %s says what went wrong */
      text = g_strdup_printf (_("Your changes could not be saved: %s"), error->message);
      _pursuit_profile_view_show_message (self, text);
    }

  return saved;
}

static gboolean
save_cb (gpointer user_data)
{
  PursuitProfileView *self = user_data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

void
_pursuit_profile_view_queue_save (PursuitProfileView *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_cb, self);
}

void
pursuit_profile_view_flush (PursuitProfileView *self)
{
  g_return_if_fail (PURSUIT_IS_PROFILE_VIEW (self));

  if (self->save_source != 0)
    save_now (self);
}

/* Fields */

static void
on_field_changed_cb (PursuitProfileView *self)
{
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) places = NULL;
  g_autofree char *currency = NULL;
  guint education, remote;

  if (self->updating || self->profile == NULL)
    return;

  pursuit_profile_set_name (self->profile, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  pursuit_profile_set_headline (self->profile, gtk_editable_get_text (GTK_EDITABLE (self->headline_row)));
  pursuit_profile_set_years_of_experience (self->profile, gtk_spin_button_get_value (self->years_spin));

  education = adw_combo_row_get_selected (self->education_row);
  if (education <= PURSUIT_EDUCATION_DOCTORATE)
    pursuit_profile_set_education (self->profile, (PursuitEducationLevel) education);

  languages = split_list (gtk_editable_get_text (GTK_EDITABLE (self->languages_row)));
  pursuit_profile_set_languages (self->profile, (const char * const *) languages);

  pursuit_profile_set_desired_salary (self->profile, (gint64) gtk_spin_button_get_value (self->salary_spin));
  currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_entry)), -1);
  g_strstrip (currency);
  pursuit_profile_set_desired_currency (self->profile, *currency != '\0' ? currency : NULL);

  places = split_list (gtk_editable_get_text (GTK_EDITABLE (self->places_row)));
  pursuit_profile_set_locations (self->profile, (const char * const *) places);

  remote = adw_combo_row_get_selected (self->remote_row);
  if (remote <= 2)
    pursuit_profile_set_remote_preference (self->profile, (int) remote);

  _pursuit_profile_view_queue_save (self);
}

static void
set_text (gpointer    editable,
          const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

static void
show_fields (PursuitProfileView *self)
{
  PursuitProfile *profile = self->profile;
  g_autofree char *languages = join_list (pursuit_profile_get_languages (profile));
  g_autofree char *places = join_list (pursuit_profile_get_locations (profile));

  self->updating = TRUE;
  set_text (self->name_row, pursuit_profile_get_name (profile));
  set_text (self->headline_row, pursuit_profile_get_headline (profile));
  gtk_spin_button_set_value (self->years_spin, pursuit_profile_get_years_of_experience (profile));
  adw_combo_row_set_selected (self->education_row, pursuit_profile_get_education (profile));
  set_text (self->languages_row, languages);
  gtk_spin_button_set_value (self->salary_spin, (double) pursuit_profile_get_desired_salary (profile));
  set_text (self->currency_entry, pursuit_profile_get_desired_currency (profile));
  set_text (self->places_row, places);
  adw_combo_row_set_selected (self->remote_row, CLAMP (pursuit_profile_get_remote_preference (profile), 0, 2));
  self->updating = FALSE;
}

/* Loading */

void
pursuit_profile_view_reload (PursuitProfileView *self)
{
  g_autoptr(GPtrArray) cvs = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PURSUIT_IS_PROFILE_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store == NULL)
    return;

  /* Edits not saved yet belong to the CV they were made on. */
  pursuit_profile_view_flush (self);

  g_clear_object (&self->cv);
  g_clear_object (&self->profile);

  cvs = pursuit_store_list_cvs (self->store, &error);
  if (cvs == NULL)
    {
      g_warning ("Could not list the CVs: %s", error->message);
      cvs = g_ptr_array_new_with_free_func (g_object_unref);
    }

  for (guint i = 0; i < cvs->len; i++)
    if (pursuit_cv_get_active (g_ptr_array_index (cvs, i)))
      self->cv = g_object_ref (g_ptr_array_index (cvs, i));
  if (self->cv == NULL && cvs->len > 0)
    self->cv = g_object_ref (g_ptr_array_index (cvs, 0));

  _pursuit_profile_view_show_versions (self, cvs);

  if (self->cv == NULL)
    {
      _pursuit_profile_view_show_skills (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Loaded when first needed: a window without a CV does without. */
  if (self->taxonomy == NULL)
    {
      self->taxonomy = pursuit_skill_taxonomy_get_default ();
      _pursuit_profile_view_init_skills (self);
    }

  self->profile = pursuit_profile_copy (pursuit_cv_get_profile (self->cv));
  show_fields (self);
  _pursuit_profile_view_show_skills (self);
  gtk_stack_set_visible_child_name (self->stack, "profile");
}

static gboolean
reload_cb (gpointer user_data)
{
  PursuitProfileView *self = user_data;

  self->reload_source = 0;
  pursuit_profile_view_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (PursuitProfileView *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
on_profile_changed_cb (PursuitProfileView *self)
{
  /* Its own save: the widgets already show it. */
  if (self->saving)
    return;

  queue_reload (self);
}

/* Importing */

static char *
describe_import (PursuitCv *cv)
{
  PursuitProfile *profile = pursuit_cv_get_profile (cv);
  guint n_skills = pursuit_profile_get_n_skills (profile);
  int years = (int) floor (pursuit_profile_get_years_of_experience (profile) + 0.5);
  const char *name = pursuit_cv_get_file_name (cv);
  g_autofree char *skills = NULL;
  g_autofree char *years_text = NULL;

  if (name == NULL || *name == '\0')
    name = pursuit_cv_get_title (cv);

  skills = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skill", "%u skills", n_skills), n_skills);
  if (years <= 0)
    /* TRANSLATORS: %s is a file name, then a number of skills ("24 skills") */
    return g_strdup_printf (_("Imported “%s”: %s"), name, skills);

  years_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), years);
  /* TRANSLATORS: %s is a file name, then a number of skills ("24 skills"), then of years ("7 years") */
  return g_strdup_printf (_("Imported “%s”: %s, %s"), name, skills, years_text);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PursuitProfileView) self = user_data;
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  cv = pursuit_cv_read_file_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (self->store == NULL)
    return;

  if (cv == NULL)
    {
      /* The reader's messages are written for users: what is wrong and
       * what to do. */
      _pursuit_profile_view_show_message (self, error->message);
      return;
    }

  pursuit_profile_view_flush (self);
  if (pursuit_store_add_cv (self->store, cv, TRUE, &error) <= 0)
    {
      g_warning ("Could not save the CV: %s", error != NULL ? error->message : "?");
      /* TRANSLATORS: %s says what went wrong */
      text = g_strdup_printf (_("The CV could not be saved: %s"), error != NULL ? error->message : "");
      _pursuit_profile_view_show_message (self, text);
      return;
    }

  text = describe_import (cv);
  _pursuit_profile_view_show_message (self, text);
  pursuit_profile_view_reload (self);
}

void
pursuit_profile_view_import_file (PursuitProfileView *self,
                                  GFile              *file)
{
  g_return_if_fail (PURSUIT_IS_PROFILE_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy || self->store == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  pursuit_cv_read_file_async (file, self->cancellable, read_cb, g_object_ref (self));
}

static void
on_chooser_response_cb (PursuitProfileView   *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    pursuit_profile_view_import_file (self, file);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

void
pursuit_profile_view_choose_file (PursuitProfileView *self)
{
  static const char * const pdf_types[] = { "application/pdf", NULL };
  static const char * const pdf_patterns[] = { "*.pdf", "*.PDF", NULL };
  static const char * const docx_types[] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", NULL };
  static const char * const docx_patterns[] = { "*.docx", "*.DOCX", NULL };
  static const char * const text_types[] = { "text/plain", "text/markdown", NULL };
  static const char * const text_patterns[] = { "*.txt", "*.md", NULL };
  static const char * const json_types[] = { "application/json", NULL };
  static const char * const json_patterns[] = { "*.json", NULL };
  static const char * const all_types[] = {
    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/plain", "text/markdown", "application/json", NULL };
  static const char * const all_patterns[] = { "*.pdf", "*.PDF", "*.docx", "*.DOCX", "*.txt", "*.md", "*.json", NULL };
  GtkRoot *root;

  g_return_if_fail (PURSUIT_IS_PROFILE_VIEW (self));

  if (self->busy || self->chooser != NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->chooser = gtk_file_chooser_native_new (_("Import CV"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("CVs"), all_types, all_patterns);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("PDF"), pdf_types, pdf_patterns);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Word Documents"), docx_types, docx_patterns);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Text"), text_types, text_patterns);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("JSON Resume"), json_types, json_patterns);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Actions */

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pursuit_profile_view_choose_file (PURSUIT_PROFILE_VIEW (widget));
}

static void
remove_skill_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _pursuit_profile_view_remove_skill (PURSUIT_PROFILE_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_add_skill_cb (PursuitProfileView *self)
{
  _pursuit_profile_view_add_skill (self);
}

/* GObject */

static void
pursuit_profile_view_dispose (GObject *object)
{
  PursuitProfileView *self = PURSUIT_PROFILE_VIEW (object);

  /* Closing the window within half a second of an edit keeps it. */
  pursuit_profile_view_flush (self);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* The stack is both the bin's child and a template child: the bin
   * lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_PROFILE_VIEW);

  g_clear_object (&self->cv);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_profile_view_parent_class)->dispose (object);
}

static void
pursuit_profile_view_finalize (GObject *object)
{
  PursuitProfileView *self = PURSUIT_PROFILE_VIEW (object);

  g_clear_pointer (&self->skill_groups, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_profile_view_parent_class)->finalize (object);
}

static void
pursuit_profile_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PursuitProfileView *self = PURSUIT_PROFILE_VIEW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_profile_view_class_init (PursuitProfileViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_profile_view_dispose;
  object_class->finalize = pursuit_profile_view_finalize;
  object_class->get_property = pursuit_profile_view_get_property;

  /**
   * PursuitProfileView:busy:
   *
   * Whether a CV is being read.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitProfileView::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-profile-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, empty_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, versions_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, versions_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, name_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, headline_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, years_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, education_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, languages_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, skills_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, skills_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, add_skill_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, salary_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, currency_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, places_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitProfileView, remote_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_skill_cb);

  gtk_widget_class_install_action (widget_class, "profile.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "profile.activate", "x", _pursuit_profile_view_activate_action);
  gtk_widget_class_install_action (widget_class, "profile.rename", "x", _pursuit_profile_view_rename_action);
  gtk_widget_class_install_action (widget_class, "profile.remove", "x", _pursuit_profile_view_remove_action);
  gtk_widget_class_install_action (widget_class, "profile.remove-skill", "s", remove_skill_action);

  gtk_widget_class_set_css_name (widget_class, "profileview");
}

static void
pursuit_profile_view_init (PursuitProfileView *self)
{
  g_autoptr(GtkStringList) education = gtk_string_list_new (NULL);

  self->skill_groups = g_ptr_array_new ();

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (PursuitEducationLevel i = PURSUIT_EDUCATION_NONE; i <= PURSUIT_EDUCATION_DOCTORATE; i++)
    gtk_string_list_append (education, i == PURSUIT_EDUCATION_NONE ? _("Not Set") : pursuit_education_level_get_label (i));
  adw_combo_row_set_model (self->education_row, G_LIST_MODEL (education));
  self->updating = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * pursuit_profile_view_new:
 * @store: (nullable): the store whose CVs are shown
 *
 * Returns: (transfer floating): the view
 */
GtkWidget *
pursuit_profile_view_new (PursuitStore *store)
{
  PursuitProfileView *self = g_object_new (PURSUIT_TYPE_PROFILE_VIEW, NULL);

  if (store != NULL)
    pursuit_profile_view_set_store (self, store);

  return GTK_WIDGET (self);
}

void
pursuit_profile_view_set_store (PursuitProfileView *self,
                                PursuitStore       *store)
{
  g_return_if_fail (PURSUIT_IS_PROFILE_VIEW (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "profile-changed", G_CALLBACK (on_profile_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_profile_changed_cb), self, G_CONNECT_SWAPPED);

  pursuit_profile_view_reload (self);
}

gboolean
pursuit_profile_view_get_busy (PursuitProfileView *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE_VIEW (self), FALSE);

  return self->busy;
}

const char *
pursuit_profile_view_get_state (PursuitProfileView *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * pursuit_profile_view_get_profile:
 *
 * Returns: (transfer none) (nullable): the active CV's profile as edited
 */
PursuitProfile *
pursuit_profile_view_get_profile (PursuitProfileView *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE_VIEW (self), NULL);

  return self->profile;
}
