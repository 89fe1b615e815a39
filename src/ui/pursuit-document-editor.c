/* pursuit-document-editor.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-document-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-confirm-dialog-private.h"
#include "pursuit-document-editor.h"
#include "pursuit-document-template.h"
#include "pursuit-job-page-private.h"
#include "pursuit-job-report.h"
#include "pursuit-pdf-export-private.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-matching.h"

/* A cover letter or CV variant of a job, written from a template (or by
 * the optional AI) and then by the user. The document is saved as soon
 * as it exists and again 500 ms after the last edit, so closing the
 * window never loses text. Generated text replaces the user's only after
 * asking. */

#define SAVE_DELAY_MS 500

struct _PursuitDocumentEditor
{
  AdwWindow             parent_instance;

  PursuitStore         *store;
  PursuitAiProvider    *provider;
  PursuitDocument      *document;
  /* NULL for a document of no job: nothing to generate from then. */
  PursuitJob           *job;
  /* Of PursuitDocumentTemplate, of the document's kind, as listed. */
  GPtrArray            *templates;
  GCancellable         *cancellable;
  GCancellable         *ai_cancellable;
  GtkFileChooserNative *chooser;
  guint                 save_source;

  /* Unsaved changes. */
  gboolean              dirty;
  /* The user changed the text since it was generated. */
  gboolean              edited;
  /* Counts the user's edits, so a late AI draft never overwrites one. */
  guint                 edit_serial;
  guint                 ai_serial;
  gboolean              filling;
  gboolean              selecting;
  gboolean              save_failed;
  gboolean              close_failed;
  /* Removed elsewhere: nothing is saved any more. */
  gboolean              removed;

  AdwWindowTitle       *window_title;
  GtkDropDown          *template_dropdown;
  GtkButton            *ai_button;
  GtkButton            *export_button;
  AdwToastOverlay      *toast_overlay;
  AdwEntryRow          *title_row;
  GtkSpinner           *spinner;
  GtkLabel             *status_label;
  GtkLabel             *save_label;
  GtkLabel             *sent_label;
  GtkTextView          *text_view;
  GtkTextBuffer        *buffer;
};

G_DEFINE_FINAL_TYPE (PursuitDocumentEditor, pursuit_document_editor, ADW_TYPE_WINDOW)

static void select_template (PursuitDocumentEditor *self,
                             const char            *template_id);

/* Helpers */

static gboolean
is_cover_letter (PursuitDocumentEditor *self)
{
  return g_strcmp0 (pursuit_document_get_kind (self->document), "cover_letter") == 0;
}

static const char *
kind_title (const char *kind)
{
  if (g_strcmp0 (kind, "cover_letter") == 0)
    return _("Cover Letter");
  if (g_strcmp0 (kind, "resume") == 0)
    return _("CV Variant");

  return _("Document");
}

static char *
default_title (PursuitDocumentEditor *self)
{
  const char *company = self->job != NULL ? pursuit_job_get_company (self->job) : NULL;
  const char *job_title = self->job != NULL ? pursuit_job_get_title (self->job) : NULL;
  const char *about = company != NULL && company[0] != '\0' ? company : job_title;

  if (about == NULL || about[0] == '\0')
    return g_strdup (kind_title (pursuit_document_get_kind (self->document)));

  if (is_cover_letter (self))
    /* Translators: the title of a new cover letter; the company (or the job's title) */
    return g_strdup_printf (_("Cover Letter for %s"), about);

  /* Translators: the title of a new CV variant; the company (or the job's title) */
  return g_strdup_printf (_("CV for %s"), about);
}

static void
show_toast (PursuitDocumentEditor *self,
            AdwToast              *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_status (PursuitDocumentEditor *self,
            const char            *text,
            gboolean               busy)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
set_text (PursuitDocumentEditor *self,
          const char            *text)
{
  self->filling = TRUE;
  gtk_text_buffer_set_text (self->buffer, text != NULL ? text : "", -1);
  self->filling = FALSE;
}

static void
update_save_label (PursuitDocumentEditor *self)
{
  const char *text = "";

  if (self->save_failed)
    text = _("Not saved");
  else if (self->dirty)
    text = _("Edited");
  else if (pursuit_document_get_id (self->document) > 0)
    text = _("Saved");

  gtk_label_set_text (self->save_label, text);
  if (self->save_failed)
    gtk_widget_add_css_class (GTK_WIDGET (self->save_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->save_label), "error");
}

static void
update_sent_label (PursuitDocumentEditor *self)
{
  gint64 sent_at = pursuit_document_get_sent_at (self->document);
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->sent_label), sent_at > 0);
  if (sent_at <= 0)
    return;

  day = _pursuit_job_page_format_day (sent_at);
  /* Translators: a day, such as "Tue 24 November" */
  text = g_strdup_printf (_("Used in the application on %s"), day);
  gtk_label_set_text (self->sent_label, text);
}

static void
update_ai_button (PursuitDocumentEditor *self)
{
  gboolean available = self->provider != NULL &&
                       pursuit_ai_provider_get_client (self->provider) != NULL &&
                       self->job != NULL &&
                       is_cover_letter (self);

  gtk_widget_set_visible (GTK_WIDGET (self->ai_button), available);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.ai-draft",
                                 available && self->ai_cancellable == NULL);
}

static PursuitDocumentTemplate *
find_template (PursuitDocumentEditor *self,
               const char            *template_id,
               guint                 *out_position)
{
  for (guint i = 0; template_id != NULL && i < self->templates->len; i++)
    {
      PursuitDocumentTemplate *template = g_ptr_array_index (self->templates, i);

      if (g_strcmp0 (pursuit_document_template_get_id (template), template_id) == 0)
        {
          if (out_position != NULL)
            *out_position = i;
          return template;
        }
    }

  return NULL;
}

/* Saving */

static gboolean
save_timeout_cb (gpointer user_data)
{
  PursuitDocumentEditor *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!pursuit_document_editor_save (self, &error))
    g_debug ("Could not save the document: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (PursuitDocumentEditor *self)
{
  if (self->removed)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  update_save_label (self);
}

/* Generating */

static PursuitMatchResult *
analyze_job (PursuitDocumentEditor *self)
{
  g_autoptr(PursuitMatchResult) match = NULL;
  g_autoptr(GError) error = NULL;

  if (self->job == NULL)
    return NULL;

  match = pursuit_store_analyze_job (self->store, pursuit_job_get_id (self->job), &error);
  if (match == NULL)
    g_debug ("No gap analysis for the document: %s", error->message);

  /* Without a CV there is no analysis worth the name. */
  if (match != NULL && pursuit_match_result_get_score (match) < 0)
    return NULL;

  return g_steal_pointer (&match);
}

static char *
render_template (PursuitDocumentEditor   *self,
                 PursuitDocumentTemplate *template,
                 gboolean                *out_has_profile)
{
  g_autoptr(PursuitProfile) profile = pursuit_store_get_profile (self->store);
  g_autoptr(PursuitCv) cv = pursuit_store_get_active_cv (self->store, NULL);
  g_autoptr(PursuitMatchResult) match = analyze_job (self);
  g_autoptr(PursuitJob) job = self->job != NULL ? g_object_ref (self->job) : pursuit_job_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  *out_has_profile = profile != NULL;
  if (profile == NULL)
    profile = pursuit_profile_new ();

  return pursuit_document_template_render (template, job, profile,
                                           cv != NULL ? pursuit_cv_get_text (cv) : NULL,
                                           match, today);
}

static void
replace_text (PursuitDocumentEditor *self,
              const char            *text,
              const char            *template_id)
{
  set_text (self, text);
  self->edited = FALSE;
  pursuit_document_set_template (self->document, template_id);
  select_template (self, template_id);
  schedule_save (self);
}

/* Asks before generated text replaces the user's; @replace runs on yes. */
static void
confirm_replace (PursuitDocumentEditor *self,
                 const char            *body,
                 GCallback              response_cb)
{
  AdwMessageDialog *dialog;

  dialog = _pursuit_confirm_dialog_new (GTK_WINDOW (self), _("Replace Your Text?"), body,
                                        "replace", _("_Replace"));
  g_signal_connect_object (dialog, "response", response_cb, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_template (PursuitDocumentEditor *self,
                 const char            *template_id)
{
  guint position = GTK_INVALID_LIST_POSITION;

  find_template (self, template_id, &position);

  self->selecting = TRUE;
  gtk_drop_down_set_selected (self->template_dropdown, position);
  self->selecting = FALSE;
}

static PursuitDocumentTemplate *
selected_template (PursuitDocumentEditor *self)
{
  guint position = gtk_drop_down_get_selected (self->template_dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->templates->len)
    return NULL;

  return g_ptr_array_index (self->templates, position);
}

static void
on_replace_with_template_response_cb (AdwMessageDialog      *dialog,
                                      const char            *response,
                                      PursuitDocumentEditor *self)
{
  PursuitDocumentTemplate *template = selected_template (self);

  if (g_str_equal (response, "replace") && template != NULL)
    pursuit_document_editor_apply_template (self, pursuit_document_template_get_id (template));
  else
    select_template (self, pursuit_document_get_template (self->document));
}

static void
on_template_selected_cb (PursuitDocumentEditor *self)
{
  PursuitDocumentTemplate *template;
  g_autofree char *body = NULL;

  if (self->selecting || (template = selected_template (self)) == NULL)
    return;

  if (!self->edited)
    {
      pursuit_document_editor_apply_template (self, pursuit_document_template_get_id (template));
      return;
    }

  /* Translators: the title of a template, such as "Formal Cover Letter" */
  body = g_strdup_printf (_("The document is written anew from “%s”. Your edits are lost."),
                          pursuit_document_template_get_title (template));
  confirm_replace (self, body, G_CALLBACK (on_replace_with_template_response_cb));
}

/* The AI */

static void
draft_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitDocumentEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = pursuit_ai_client_draft_cover_letter_finish (PURSUIT_AI_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->ai_cancellable);
  update_ai_button (self);

  if (text == NULL || g_strstrip (text)[0] == '\0')
    {
      g_debug ("No cover letter from the AI: %s", error != NULL ? error->message : "empty");
      set_status (self, _("The AI could not be reached; your text is unchanged."), FALSE);
      return;
    }

  if (self->edit_serial != self->ai_serial)
    {
      set_status (self, _("The AI’s draft arrived after you started editing; your text was kept."), FALSE);
      return;
    }

  replace_text (self, text, NULL);
  set_status (self, _("Drafted with the AI. Check every sentence before you send it."), FALSE);
}

static void
start_ai_draft (PursuitDocumentEditor *self)
{
  PursuitAiClient *client = self->provider != NULL ? pursuit_ai_provider_get_client (self->provider) : NULL;
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitMatchResult) match = NULL;

  if (client == NULL || self->job == NULL || self->ai_cancellable != NULL)
    return;

  profile = pursuit_store_get_profile (self->store);
  match = analyze_job (self);

  self->ai_serial = self->edit_serial;
  self->ai_cancellable = g_cancellable_new ();
  update_ai_button (self);
  set_status (self, _("Asking the AI for a draft; you can keep editing meanwhile."), TRUE);
  pursuit_ai_client_draft_cover_letter_async (client, self->job, profile, match, self->ai_cancellable,
                                              draft_cb, g_object_ref (self));
}

static void
on_replace_with_ai_response_cb (AdwMessageDialog      *dialog,
                                const char            *response,
                                PursuitDocumentEditor *self)
{
  if (g_str_equal (response, "replace"))
    start_ai_draft (self);
}

static void
ai_draft_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitDocumentEditor *self = PURSUIT_DOCUMENT_EDITOR (widget);

  if (self->edited)
    confirm_replace (self, _("The AI writes a new draft from your CV and the posting. Your edits are lost."),
                     G_CALLBACK (on_replace_with_ai_response_cb));
  else
    start_ai_draft (self);
}

/* Export */

typedef struct
{
  PursuitDocument  *document;
  GFile            *file;
  PursuitPaperSize  paper;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->document);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_document_write_pdf (data->document, data->file, data->paper, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PursuitDocumentEditor *self = PURSUIT_DOCUMENT_EDITOR (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_document_editor_export_pdf_finish (self, result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* Translators: the reason */
      message = g_strdup_printf (_("Could not export the PDF: %s"), error->message);
      show_toast (self, _pursuit_job_page_new_toast (message));
      return;
    }

  show_toast (self, _pursuit_pdf_saved_toast_new (_("Saved as PDF"), file));
}

static void
on_chooser_response_cb (GtkNativeDialog       *chooser,
                        int                    response,
                        PursuitDocumentEditor *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    pursuit_document_editor_export_pdf_async (self, file, self->cancellable, export_cb, g_object_ref (file));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitDocumentEditor *self = PURSUIT_DOCUMENT_EDITOR (widget);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  name = g_strconcat (title[0] != '\0' ? title : _("Document"), ".pdf", NULL);
  self->chooser = _pursuit_pdf_chooser_new (widget, _("Export as PDF"), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Signals */

static void
on_buffer_changed_cb (PursuitDocumentEditor *self)
{
  if (self->filling)
    return;

  self->edited = TRUE;
  self->edit_serial++;
  schedule_save (self);
}

static void
on_title_changed_cb (PursuitDocumentEditor *self)
{
  if (!self->filling)
    schedule_save (self);
}

/* Sent with an application, or removed, elsewhere. */
static void
on_documents_changed_cb (PursuitDocumentEditor *self,
                         gint64                 job_id,
                         PursuitStore          *store)
{
  gint64 id = pursuit_document_get_id (self->document);
  g_autoptr(PursuitDocument) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (id <= 0 || self->removed)
    return;

  stored = pursuit_store_get_document (store, id, &error);
  if (stored == NULL)
    {
      g_debug ("The document went away: %s", error->message);
      self->removed = TRUE;
      self->dirty = FALSE;
      g_clear_handle_id (&self->save_source, g_source_remove);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  pursuit_document_set_sent_at (self->document, pursuit_document_get_sent_at (stored));
  update_sent_label (self);
}

/* GtkWindow */

static gboolean
pursuit_document_editor_close_request (GtkWindow *window)
{
  PursuitDocumentEditor *self = PURSUIT_DOCUMENT_EDITOR (window);
  g_autoptr(GError) error = NULL;

  /* Once refused, a second close goes through: the user was told. */
  if (self->dirty && !self->close_failed && !pursuit_document_editor_save (self, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save: %s"), error->message);

      self->close_failed = TRUE;
      show_toast (self, _pursuit_job_page_new_toast (message));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (pursuit_document_editor_parent_class)->close_request (window);
}

/* GObject */

static void
pursuit_document_editor_dispose (GObject *object)
{
  PursuitDocumentEditor *self = (PursuitDocumentEditor *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* Destroyed without a close request (the application quits): the last
   * edits still reach the store. */
  if (self->dirty && self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!pursuit_document_editor_save (self, &error))
        g_debug ("Could not save the document: %s", error->message);
    }
  g_clear_handle_id (&self->save_source, g_source_remove);

  g_cancellable_cancel (self->cancellable);
  if (self->ai_cancellable != NULL)
    g_cancellable_cancel (self->ai_cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->provider != NULL)
    g_signal_handlers_disconnect_by_data (self->provider, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_DOCUMENT_EDITOR);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->ai_cancellable);
  g_clear_object (&self->provider);
  g_clear_object (&self->job);
  g_clear_object (&self->document);
  g_clear_object (&self->store);
  g_clear_pointer (&self->templates, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_document_editor_parent_class)->dispose (object);
}

static void
pursuit_document_editor_class_init (PursuitDocumentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pursuit_document_editor_dispose;
  window_class->close_request = pursuit_document_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-document-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, template_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, ai_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, export_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, save_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, sent_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentEditor, text_view);

  gtk_widget_class_install_action (widget_class, "editor.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "editor.ai-draft", NULL, ai_draft_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_document_editor_init (PursuitDocumentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->templates = g_ptr_array_new_with_free_func (g_object_unref);
  self->document = pursuit_document_new ();
  self->buffer = gtk_text_view_get_buffer (self->text_view);

  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (on_title_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->template_dropdown, "notify::selected",
                           G_CALLBACK (on_template_selected_cb), self, G_CONNECT_SWAPPED);
}

/* Shared by both constructors: @document (owned) of @job (may be NULL). */
static PursuitDocumentEditor *
editor_new (GtkWindow       *parent,
            PursuitStore    *store,
            PursuitDocument *document,
            PursuitJob      *job)
{
  PursuitDocumentEditor *self = g_object_new (PURSUIT_TYPE_DOCUMENT_EDITOR,
                                              "transient-for", parent,
                                              NULL);
  const char *kind = pursuit_document_get_kind (document);
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *subtitle = NULL;

  self->store = g_object_ref (store);
  g_set_object (&self->document, document);
  g_set_object (&self->job, job);

  templates = pursuit_document_template_list (kind, NULL);
  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      PursuitDocumentTemplate *template = g_ptr_array_index (templates, i);

      g_ptr_array_add (self->templates, g_object_ref (template));
      gtk_string_list_append (titles, pursuit_document_template_get_title (template));
    }

  self->selecting = TRUE;
  gtk_drop_down_set_model (self->template_dropdown, G_LIST_MODEL (titles));
  self->selecting = FALSE;
  select_template (self, pursuit_document_get_template (document));
  gtk_widget_set_sensitive (GTK_WIDGET (self->template_dropdown), job != NULL && self->templates->len > 0);

  gtk_window_set_title (GTK_WINDOW (self), kind_title (kind));
  adw_window_title_set_title (self->window_title, kind_title (kind));
  if (job != NULL && pursuit_job_get_company (job) != NULL && pursuit_job_get_company (job)[0] != '\0')
    /* Translators: a job's title, then its company */
    subtitle = g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
  else if (job != NULL)
    subtitle = g_strdup (pursuit_job_get_title (job));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         pursuit_document_get_title (document) != NULL ? pursuit_document_get_title (document) : "");
  self->filling = FALSE;

  g_signal_connect_object (store, "documents-changed", G_CALLBACK (on_documents_changed_cb), self, G_CONNECT_SWAPPED);

  update_sent_label (self);
  update_save_label (self);
  update_ai_button (self);

  return self;
}

/**
 * pursuit_document_editor_new_for_job:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @job_id: the job
 * @kind: "cover_letter" or "resume"
 * @provider: (nullable): the optional AI
 *
 * Writes a new document from the first template of @kind (the user's
 * language first) and saves it at once.
 *
 * Returns: (transfer none): the new editor, not shown yet
 */
GtkWidget *
pursuit_document_editor_new_for_job (GtkWindow         *parent,
                                     PursuitStore      *store,
                                     gint64             job_id,
                                     const char        *kind,
                                     PursuitAiProvider *provider)
{
  PursuitDocumentEditor *self;
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (job_id > 0, NULL);
  g_return_val_if_fail (g_strcmp0 (kind, "cover_letter") == 0 || g_strcmp0 (kind, "resume") == 0, NULL);
  g_return_val_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider), NULL);

  job = pursuit_store_get_job (store, job_id, &error);
  if (job == NULL)
    g_debug ("A document for a job not in the store: %s", error->message);

  document = pursuit_document_new ();
  pursuit_document_set_job_id (document, job_id);
  pursuit_document_set_kind (document, kind);

  self = editor_new (parent, store, document, job);

  title = default_title (self);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  self->filling = FALSE;

  if (self->templates->len > 0 && job != NULL)
    pursuit_document_editor_apply_template (self, pursuit_document_template_get_id (g_ptr_array_index (self->templates, 0)));
  else
    set_status (self, _("There is no template for this kind of document: write it yourself."), FALSE);

  g_clear_error (&error);
  if (!pursuit_document_editor_save (self, &error))
    g_debug ("Could not save the new document: %s", error->message);

  pursuit_document_editor_set_ai_provider (self, provider);

  return GTK_WIDGET (self);
}

/**
 * pursuit_document_editor_new_for_document:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @document_id: a document written in the app
 *
 * Returns: (transfer none) (nullable): the editor, not shown yet, or
 *   %NULL when the document is no longer in the store
 */
GtkWidget *
pursuit_document_editor_new_for_document (GtkWindow    *parent,
                                          PursuitStore *store,
                                          gint64        document_id)
{
  PursuitDocumentEditor *self;
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  document = pursuit_store_get_document (store, document_id, &error);
  if (document == NULL)
    {
      g_debug ("No document %" G_GINT64_FORMAT ": %s", document_id, error->message);
      return NULL;
    }

  if (pursuit_document_get_job_id (document) > 0)
    job = pursuit_store_get_job (store, pursuit_document_get_job_id (document), NULL);

  self = editor_new (parent, store, document, job);
  set_text (self, pursuit_document_get_body (document));
  /* The stored text is the user's: a template switch asks first. */
  self->edited = TRUE;

  return GTK_WIDGET (self);
}

gint64
pursuit_document_editor_get_document_id (PursuitDocumentEditor *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self), 0);

  return pursuit_document_get_id (self->document);
}

char *
pursuit_document_editor_get_text (PursuitDocumentEditor *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/**
 * pursuit_document_editor_apply_template:
 * @self: an editor
 * @template_id: a template's id
 *
 * Writes the text anew from @template_id, without asking; the template
 * dropdown asks first when the user has edited the text.
 */
void
pursuit_document_editor_apply_template (PursuitDocumentEditor *self,
                                        const char            *template_id)
{
  g_autoptr(PursuitDocumentTemplate) looked_up = NULL;
  PursuitDocumentTemplate *template;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean has_profile;

  g_return_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self));
  g_return_if_fail (template_id != NULL);

  template = find_template (self, template_id, NULL);
  if (template == NULL)
    {
      template = looked_up = pursuit_document_template_lookup (template_id, &error);
      if (template == NULL)
        {
          show_toast (self, _pursuit_job_page_new_toast (error->message));
          return;
        }
    }

  text = render_template (self, template, &has_profile);
  replace_text (self, text, template_id);

  if (has_profile)
    set_status (self, _("Written from your CV and the posting. Make it yours before you send it."), FALSE);
  else
    set_status (self, _("There is no CV yet: import one under Profile and your skills fill in."), FALSE);
}

/**
 * pursuit_document_editor_save:
 * @self: an editor
 * @error: return location for a #GError
 *
 * Saves the title and text now (a new document is added to the store);
 * the editor also saves by itself after edits and on close.
 *
 * Returns: %TRUE when the store has the text
 */
gboolean
pursuit_document_editor_save (PursuitDocumentEditor  *self,
                              GError                **error)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->removed)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The document was removed"));
      return FALSE;
    }

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (title[0] == '\0')
    {
      g_free (title);
      title = default_title (self);
    }
  body = pursuit_document_editor_get_text (self);

  pursuit_document_set_title (self->document, title);
  pursuit_document_set_body (self->document, body);

  id = pursuit_store_save_document (self->store, self->document, error);
  self->save_failed = id <= 0;
  if (id > 0)
    {
      pursuit_document_set_id (self->document, id);
      self->dirty = FALSE;
      self->close_failed = FALSE;
    }
  update_save_label (self);

  return id > 0;
}

/**
 * pursuit_document_editor_set_ai_provider:
 * @self: an editor
 * @provider: (nullable): the optional AI
 */
void
pursuit_document_editor_set_ai_provider (PursuitDocumentEditor *self,
                                         PursuitAiProvider     *provider)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self));
  g_return_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider));

  if (self->provider == provider)
    return;

  if (self->provider != NULL)
    g_signal_handlers_disconnect_by_data (self->provider, self);
  g_set_object (&self->provider, provider);
  if (provider != NULL)
    g_signal_connect_object (provider, "changed", G_CALLBACK (update_ai_button), self, G_CONNECT_SWAPPED);

  update_ai_button (self);
}

/**
 * pursuit_document_editor_export_pdf_async:
 * @self: an editor
 * @file: where the PDF goes
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the PDF is written
 * @user_data: for @callback
 *
 * Saves the document, then sets its text as a PDF in a thread, on the
 * locale's paper.
 */
void
pursuit_document_editor_export_pdf_async (PursuitDocumentEditor *self,
                                          GFile                 *file,
                                          GCancellable          *cancellable,
                                          GAsyncReadyCallback    callback,
                                          gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportData *data;

  g_return_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_document_editor_export_pdf_async);

  if (!pursuit_document_editor_save (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The thread gets a copy: the editor's record changes as the user types. */
  data = g_new0 (ExportData, 1);
  data->document = pursuit_document_copy (self->document);
  pursuit_document_set_body (data->document, pursuit_document_get_body (self->document));
  data->file = g_object_ref (file);
  data->paper = pursuit_paper_size_for_locale ();
  g_task_set_task_data (task, data, (GDestroyNotify)export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
pursuit_document_editor_export_pdf_finish (PursuitDocumentEditor  *self,
                                           GAsyncResult           *result,
                                           GError                **error)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_EDITOR (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
