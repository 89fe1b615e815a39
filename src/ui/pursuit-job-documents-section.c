/* pursuit-job-documents-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-document-editor.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-job-page-private.h"
#include "pursuit-store-documents.h"

/* The CV, cover letter and portfolio sent with an application: a local
 * file (chosen with the portal's file chooser), a link, or a cover letter
 * or CV variant written in the app (opened in the document editor).
 * Opening a file hands it to the desktop's default application; removing
 * a document only forgets it, and can be undone. A document that went out
 * with the application says when. */

struct _PursuitJobDocumentsSection
{
  PursuitJobSection     parent_instance;

  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  PursuitAiProvider    *ai_provider;

  GtkButton            *add_button;
  GtkListBox           *documents_list;

  PursuitJobForm       *form;
  AdwComboRow          *kind_row;
  AdwEntryRow          *title_row;
  AdwEntryRow          *location_row;
};

G_DEFINE_FINAL_TYPE (PursuitJobDocumentsSection, pursuit_job_documents_section, PURSUIT_TYPE_JOB_SECTION)

/* In the order of the form's Kind row. */
static const struct {
  const char *kind;
  const char *label;
  const char *icon_name;
} kinds[] = {
  { "resume", N_("Résumé"), "x-office-document-symbolic" },
  { "cover_letter", N_("Cover Letter"), "x-office-document-symbolic" },
  { "portfolio", N_("Portfolio"), "folder-pictures-symbolic" },
  { "other", N_("Other"), "text-x-generic-symbolic" },
};

static guint
kind_index (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return i;

  return G_N_ELEMENTS (kinds) - 1;
}

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static PursuitDocument *
document_of_widget (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "document") : NULL;
}

static gboolean
is_local (const char *path)
{
  return path != NULL && path[0] == '/';
}

/* Open */

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitJobDocumentsSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("Could not open a document: %s", error->message);
  _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), _("No application could open this document"));
}

static void
on_open_clicked_cb (GtkButton                  *button,
                    PursuitJobDocumentsSection *self)
{
  PursuitDocument *document = document_of_widget (GTK_WIDGET (button));
  const char *path = document != NULL ? pursuit_document_get_path (document) : NULL;
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (path == NULL)
    return;

  /* The store only keeps absolute file names and http(s) addresses. */
  uri = is_local (path) ? g_filename_to_uri (path, NULL, NULL) : g_strdup (path);
  if (uri == NULL)
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), _("No application could open this document"));
      return;
    }

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (uri, context, self->cancellable, launch_cb, g_object_ref (self));
}

/* Remove, with undo */

static gboolean
remove_document (PursuitStore  *store,
                 gpointer       document,
                 GError       **error)
{
  return pursuit_store_remove_document (store, pursuit_document_get_id (document), error);
}

/* As a new document, with its text and template: a written letter is
 * not lost to an undone removal. */
static gboolean
restore_document (PursuitStore  *store,
                  gpointer       document,
                  GError       **error)
{
  g_autoptr(PursuitDocument) copy = pursuit_document_copy (document);

  pursuit_document_set_id (copy, 0);
  return pursuit_store_save_document (store, copy, error) != 0;
}

static void
on_remove_clicked_cb (GtkButton                  *button,
                      PursuitJobDocumentsSection *self)
{
  PursuitDocument *document = document_of_widget (GTK_WIDGET (button));
  g_autoptr(PursuitDocument) copy = NULL;
  g_autofree char *title = NULL;

  if (document == NULL)
    return;

  copy = pursuit_document_copy (document);
  /* Translators: a document's title */
  title = g_strdup_printf (_("“%s” removed"), pursuit_document_get_title (copy));
  _pursuit_job_section_remove_with_undo (PURSUIT_JOB_SECTION (self), copy,
                                         remove_document, restore_document, title);
}

/* Written in the app */

static GtkWindow *
parent_window (PursuitJobDocumentsSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
new_document (PursuitJobDocumentsSection *self,
              const char                 *kind)
{
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  gint64 job_id = pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));
  GtkWidget *editor;

  if (store == NULL || job_id <= 0)
    return;

  editor = pursuit_document_editor_new_for_job (parent_window (self), store, job_id, kind, self->ai_provider);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_cover_letter_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  new_document (PURSUIT_JOB_DOCUMENTS_SECTION (widget), "cover_letter");
}

static void
new_cv_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  new_document (PURSUIT_JOB_DOCUMENTS_SECTION (widget), "resume");
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  GtkWidget *editor;

  if (store == NULL)
    return;

  editor = pursuit_document_editor_new_for_document (parent_window (self), store, g_variant_get_int64 (parameter));
  if (editor == NULL)
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), _("This document is no longer there"));
      return;
    }

  pursuit_document_editor_set_ai_provider (PURSUIT_DOCUMENT_EDITOR (editor), self->ai_provider);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The form */

static void
on_add_clicked_cb (PursuitJobDocumentsSection *self,
                   GtkButton                  *button)
{
  PursuitJobSection *section = PURSUIT_JOB_SECTION (self);

  if (pursuit_job_section_get_store (section) == NULL || pursuit_job_section_get_job_id (section) <= 0)
    return;

  _pursuit_job_form_clear (self->form);
  _pursuit_job_form_open (self->form, NULL, _("_Add"));
}

static char *
title_from_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  char *dot = name != NULL ? strrchr (name, '.') : NULL;

  if (dot != NULL && dot != name)
    *dot = '\0';

  return g_steal_pointer (&name);
}

static void
on_chooser_response_cb (GtkNativeDialog            *chooser,
                        int                         response,
                        PursuitJobDocumentsSection *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->location_row), path);
          if (row_text (self->title_row)[0] == '\0')
            {
              g_autofree char *title = title_from_file (file);
              gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
            }
        }
    }

  g_clear_object (&self->chooser);
}

static void
on_choose_file_clicked_cb (GtkButton                  *button,
                           PursuitJobDocumentsSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Attach File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_save_clicked_cb (GtkButton                  *button,
                    PursuitJobDocumentsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = g_strstrip (g_strdup (row_text (self->location_row)));
  guint kind = adw_combo_row_get_selected (self->kind_row);
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  gint64 job_id = pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));

  if (store == NULL || job_id <= 0)
    return;

  /* A file:// address, pasted from a file manager, is a file. */
  if (g_str_has_prefix (location, "file:"))
    {
      g_autofree char *path = g_filename_from_uri (location, NULL, NULL);

      if (path != NULL)
        {
          g_free (location);
          location = g_steal_pointer (&path);
        }
    }

  if (kind >= G_N_ELEMENTS (kinds))
    kind = G_N_ELEMENTS (kinds) - 1;

  if (pursuit_store_add_document (store, job_id, kinds[kind].kind,
                                  row_text (self->title_row),
                                  location[0] != '\0' ? location : NULL,
                                  &error) == 0)
    {
      gboolean about_location = location[0] != '\0' && row_text (self->title_row)[0] != '\0';

      _pursuit_job_page_set_row_error (GTK_WIDGET (self->location_row), about_location);
      _pursuit_job_page_set_row_error (GTK_WIDGET (self->title_row), !about_location);
      _pursuit_job_form_show_error (self->form, error->message);
      return;
    }

  _pursuit_job_form_close (self->form);
}

/* The list */

static char *
document_subtitle (PursuitDocument *document)
{
  const char *kind = _(kinds[kind_index (pursuit_document_get_kind (document))].label);
  const char *path = pursuit_document_get_path (document);
  g_autofree char *where = NULL;

  if (path == NULL)
    return g_strdup (kind);

  where = is_local (path) ? g_path_get_basename (path) : g_strdup (path);
  return g_strdup_printf ("%s · %s", kind, where);
}

static void
pursuit_job_documents_section_load (PursuitJobSection *section,
                                    PursuitStore      *store,
                                    gint64             job_id)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (section);
  g_autoptr(GPtrArray) documents = pursuit_store_list_documents (store, job_id);

  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *subtitle = document_subtitle (document);
      const char *path = pursuit_document_get_path (document);
      GtkWidget *row = _pursuit_job_page_new_row (pursuit_document_get_title (document), subtitle);
      GtkWidget *icon = gtk_image_new_from_icon_name (is_local (path) || path == NULL
                                                      ? kinds[kind_index (pursuit_document_get_kind (document))].icon_name
                                                      : "web-browser-symbolic");
      GtkWidget *remove = _pursuit_job_page_new_icon_button ("user-trash-symbolic", _("Remove Document"));
      gint64 sent_at = pursuit_document_get_sent_at (document);

      g_object_set_data_full (G_OBJECT (row), "document", g_object_ref (document), g_object_unref);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      if (sent_at > 0)
        {
          g_autofree char *day = _pursuit_job_page_format_day (sent_at);
          /* Translators: a day; the document went out with the application then */
          g_autofree char *sent = g_strdup_printf (_("Sent %s"), day);
          GtkWidget *badge = _pursuit_job_page_new_label (sent, "success");

          gtk_widget_add_css_class (badge, "caption");
          gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
          gtk_widget_set_hexpand (badge, FALSE);
          gtk_label_set_wrap (GTK_LABEL (badge), FALSE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
        }

      if (pursuit_document_get_body (document) != NULL)
        {
          GtkWidget *edit = _pursuit_job_page_new_action_button ("document-edit-symbolic", _("Edit Document"),
                                                                 "documents.edit",
                                                                 pursuit_document_get_id (document));

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
        }
      else if (path != NULL)
        {
          GtkWidget *open = _pursuit_job_page_new_icon_button (is_local (path) ? "document-open-symbolic"
                                                                                : "adw-external-link-symbolic",
                                                                _("Open Document"));

          g_signal_connect_object (open, "clicked", G_CALLBACK (on_open_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
        }

      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->documents_list, row);
    }
}

/* PursuitJobSection */

static void
pursuit_job_documents_section_connect_store (PursuitJobSection *section,
                                             PursuitStore      *store)
{
  _pursuit_job_section_follow (section, store, "documents-changed");
}

/* GObject */

static void
pursuit_job_documents_section_dispose (GObject *object)
{
  PursuitJobDocumentsSection *self = (PursuitJobDocumentsSection *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_DOCUMENTS_SECTION);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->ai_provider);

  G_OBJECT_CLASS (pursuit_job_documents_section_parent_class)->dispose (object);
}

static void
pursuit_job_documents_section_class_init (PursuitJobDocumentsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_documents_section_dispose;

  section_class->connect_store = pursuit_job_documents_section_connect_store;
  section_class->load = pursuit_job_documents_section_load;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-documents-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, documents_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_install_action (widget_class, "documents.new-cover-letter", NULL, new_cover_letter_action);
  gtk_widget_class_install_action (widget_class, "documents.new-cv", NULL, new_cv_action);
  gtk_widget_class_install_action (widget_class, "documents.edit", "x", edit_action);
}

static void
pursuit_job_documents_section_init (PursuitJobDocumentsSection *self)
{
  const char *kind_labels[G_N_ELEMENTS (kinds) + 1] = { NULL, };
  GtkWidget *choose;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kind_labels[i] = _(kinds[i].label);

  self->form = _pursuit_job_section_init_list (PURSUIT_JOB_SECTION (self), self->documents_list,
                                               _("No documents yet"), _("New Document"));
  self->kind_row = _pursuit_job_form_add_combo (self->form, _("Kind of Document"), kind_labels);
  self->title_row = _pursuit_job_form_add_entry (self->form, _("Document Title"));
  self->location_row = _pursuit_job_form_add_entry (self->form, _("File or Link (https://…)"));

  choose = _pursuit_job_page_new_icon_button ("document-open-symbolic", _("Attach File…"));
  g_signal_connect_object (choose, "clicked", G_CALLBACK (on_choose_file_clicked_cb), self, 0);
  adw_entry_row_add_suffix (self->location_row, choose);

  g_signal_connect_object (self->form->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self, 0);
}

void
pursuit_job_documents_section_set_ai_provider (PursuitJobDocumentsSection *self,
                                               PursuitAiProvider          *provider)
{
  g_return_if_fail (PURSUIT_IS_JOB_DOCUMENTS_SECTION (self));
  g_return_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider));

  g_set_object (&self->ai_provider, provider);
}
